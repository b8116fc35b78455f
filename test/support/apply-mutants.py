#!/usr/bin/env python3
"""
Checks mutants of a Stryker JSON report by hand (README, Mutation testing): applies each mutant of the chosen
statuses to the source, one at a time, runs the given jest files against it, prints KILLED (a test fails) or SURVIVES,
and restores the file. Used where a loaded machine made Stryker report mutants a test kills as timed out.

  DATABASE_URL=postgres://... STATUSES=Timeout,Survived,NoCoverage [IDS=3,7] \
    python3 test/support/apply-mutants.py reports/mutation/mutation.json test/events/visibility.test.ts
"""
import json, os, subprocess, sys

report, *tests = sys.argv[1:]
statuses = os.environ.get('STATUSES', 'Timeout,Survived').split(',')
ids = [i for i in os.environ.get('IDS', '').split(',') if i]
d = json.load(open(report))
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
for f, v in d['files'].items():
    orig = open(f).read()
    lines = orig.split('\n')
    offset = lambda loc: sum(len(l) + 1 for l in lines[: loc['line'] - 1]) + loc['column'] - 1
    try:
        for m in v['mutants']:
            if m['status'] not in statuses or (ids and m['id'] not in ids):
                continue
            a, b = offset(m['location']['start']), offset(m['location']['end'])
            open(f, 'w').write(orig[:a] + m['replacement'] + orig[b:])
            r = subprocess.run(['npx', 'jest', '--bail', '--silent', *tests], capture_output=True, text=True, timeout=900)
            failed = [l.strip() for l in r.stderr.split('\n') if l.strip().startswith('●')][:2]
            verdict = 'KILLED' if r.returncode else 'SURVIVES'
            print(m['status'], m['id'], f"{f}:{m['location']['start']['line']}", m['mutatorName'], repr(m['replacement'])[:70], verdict, failed, flush=True)
    finally:
        open(f, 'w').write(orig)
