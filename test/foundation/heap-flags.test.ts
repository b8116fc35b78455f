import os from 'node:os';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { heapFlags } from '../../src/heap-flags';
import { loadConfig, ConfigError } from '../../src/config';
import { spawnHub } from '../support/hub-process';
import { createTestDatabase } from '../support/database';

/**
 * The V8 heap settings of the hub process (src/heap-flags.ts, issue 14): HEAP_YOUNG_MB and HEAP_MAX_MB become
 * `--max-semi-space-size` and `--max-old-space-size`, given to node by re-executing the process at start (same PID);
 * a flag given to node by hand wins; a bad value is refused by the configuration with one line.
 */
jest.setTimeout(240_000);

describe('heapFlags', () => {
  it('asks for a 8 MB semi-space and a 1024 MB old generation by default', () => {
    expect(heapFlags({}, [])).toEqual(['--max-semi-space-size=8', '--max-old-space-size=1024']);
  });

  it('takes the variables, and 0 leaves a setting to V8', () => {
    expect(heapFlags({ HEAP_YOUNG_MB: '16', HEAP_MAX_MB: '2048' }, [])).toEqual(['--max-semi-space-size=16', '--max-old-space-size=2048']);
    expect(heapFlags({ HEAP_YOUNG_MB: '0' }, [])).toEqual(['--max-old-space-size=1024']);
    expect(heapFlags({ HEAP_YOUNG_MB: '0', HEAP_MAX_MB: '0' }, [])).toEqual([]);
  });

  it('leaves a flag given to node by hand (command line or NODE_OPTIONS, - or _) as it is', () => {
    expect(heapFlags({}, ['--max-old-space-size=4096'])).toEqual(['--max-semi-space-size=8']);
    expect(heapFlags({}, ['--max_semi_space_size=2'])).toEqual(['--max-old-space-size=1024']);
    expect(heapFlags({ NODE_OPTIONS: '--require x.cjs --max-old-space-size 512' }, [])).toEqual(['--max-semi-space-size=8']);
    expect(heapFlags({ NODE_OPTIONS: '--max-old-space-size-unrelated=1' }, [])).toHaveLength(2);
  });

  it('adds nothing when a value is malformed: the configuration refuses it', () => {
    for (const env of [{ HEAP_MAX_MB: 'lots' }, { HEAP_MAX_MB: '64' }, { HEAP_YOUNG_MB: '1.5' }, { HEAP_YOUNG_MB: '1000' }]) {
      expect(heapFlags(env, [])).toEqual([]);
      expect(() => loadConfig(env)).toThrow(ConfigError);
    }
    expect(() => loadConfig({ HEAP_MAX_MB: '64' })).toThrow('Invalid configuration: HEAP_MAX_MB must be 0 (V8\'s default) or at least 128 (got "64")');
    expect(loadConfig({})).toMatchObject({ HEAP_YOUNG_MB: 8, HEAP_MAX_MB: 1024 });
    // A ceiling above the machine's memory (1 TB was accepted: outside check) is refused alike.
    const machineMb = Math.floor(os.totalmem() / 2 ** 20);
    expect(heapFlags({ HEAP_MAX_MB: String(machineMb + 1) }, [])).toEqual([]);
    expect(() => loadConfig({ HEAP_MAX_MB: '1048576' })).toThrow(`Invalid configuration: HEAP_MAX_MB Too big: expected number to be <=${machineMb}`);
    expect(loadConfig({ HEAP_MAX_MB: String(machineMb) })).toMatchObject({ HEAP_MAX_MB: machineMb });
    expect(loadConfig({ HEAP_YOUNG_MB: '0', HEAP_MAX_MB: '0' })).toMatchObject({ HEAP_YOUNG_MB: 0, HEAP_MAX_MB: 0 });
  });
});

describe('the hub process', () => {
  const root = path.join(__dirname, '..', '..');
  const cmdline = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  /** V8's young generation as the hub reports it on /metrics (prom-client's heap space figures), in MB. */
  const newSpaceMb = async (url: string) => {
    const text = await (await fetch(url.replace('/graphql', '/metrics'))).text();
    return Number(/^pmi_hub_nodejs_heap_space_size_total_bytes\{space="new"\} (\d+)/m.exec(text)?.[1]) / 2 ** 20;
  };

  it('runs with the flags under the same PID; with the settings at 0, with V8\'s own heap', async () => {
    const db = await createTestDatabase();
    try {
      const hub = await spawnHub(db.url);
      try {
        expect(cmdline(hub.pid)).toEqual(expect.arrayContaining(['--max-semi-space-size=8', '--max-old-space-size=1024']));
        expect(await newSpaceMb(hub.url)).toBeLessThanOrEqual(16); // two semi-spaces of 8 MB (V8's own: up to 2 × 32)
      } finally {
        await hub.stop();
      }
      const plain = await spawnHub(db.url, { HEAP_YOUNG_MB: '0', HEAP_MAX_MB: '0' });
      try {
        expect(cmdline(plain.pid).filter((a) => a.startsWith('--max-'))).toEqual([]);
      } finally {
        await plain.stop();
      }
    } finally {
      await db.drop();
    }
  });

  it('npm start refuses a bad HEAP_MAX_MB with one line naming it, and exits 1', () => {
    const r = spawnSync(process.execPath, ['-r', path.join(root, 'test', 'support', 'swc-register.cjs'), path.join(root, 'src', 'main.ts')], {
      cwd: root,
      env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', HEAP_MAX_MB: '100' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: HEAP_MAX_MB .*"100"/)]);
  });
});
