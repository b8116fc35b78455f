import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseNumberText, readSpreadsheet } from '../../src/inbound/spreadsheet';
import { dateResults } from '../support/time-zone-probe';

const PROBE = path.join(__dirname, '..', 'support', 'time-zone-probe.ts');

/**
 * The reader's rules without a database. Dates are also checked in a child process whose zone is UTC+14
 * (Pacific/Kiritimati): nothing may depend on the machine's zone.
 */
const EXPECTED = {
  dayFirst: '2026-04-03T15:00:00.000Z',
  isoNoZone: '2026-04-03T15:00:00.000Z',
  dateOnly: '2026-04-03T05:00:00.000Z',
  date: '2026-04-03',
  dateCell: '2026-04-03',
  july: '2026-07-01T05:00:00.000Z',
  wall: JSON.stringify({ y: 2025, m: 12, d: 31, h: 23, mi: 59, s: 59 }),
  iso: '2026-04-03T10:00:00-05:00',
  recordDatetime: '2026-04-03T10:00:00-05:00',
  recordDate: '2026-04-03', // 03:00 UTC on the 4th is still the 3rd in Bogota
};

describe('dates and times: America/Bogota, never the machine zone', () => {
  it('reads day-first and zone-less times as Bogota time and writes records in Bogota time', () => {
    expect(dateResults()).toMatchObject(EXPECTED);
  });

  it('gives the same results on a machine at UTC+14', () => {
    const script = `process.stdout.write(JSON.stringify(require(${JSON.stringify(PROBE)}).dateResults()))`;
    const res = spawnSync(process.execPath, ['-r', path.join(__dirname, '..', 'support', 'swc-register.cjs'), '-e', script], {
      env: { ...process.env, TZ: 'Pacific/Kiritimati' },
      encoding: 'utf8',
    });
    expect(res.stderr).toBe('');
    const out = JSON.parse(res.stdout) as Record<string, string>;
    expect(out.offset).toBe(String(-14 * 60)); // the child really runs at UTC+14
    expect(out).toMatchObject(EXPECTED);
  });
});

describe('numbers', () => {
  it.each([
    [',', '1.500', 1500],
    [',', '1.500,25', 1500.25],
    [',', '5,8', 5.8],
    [',', '-0,4', -0.4],
    [',', '5,8 %', 5.8],
    ['.', '5.8', 5.8],
    ['.', '1500', 1500],
    ['.', '0.058', 0.058],
  ] as const)('with decimal mark "%s", %s is %d', (decimal, raw, value) => {
    expect(parseNumberText(raw, decimal)).toMatchObject({ value });
  });

  it.each([
    [',', '5.8', /decimal point, but this file writes decimals with a comma/],
    [',', '1.50', /decimal point/],
    ['.', '1,500', /is it 1.5 or 1500\?/],
    ['.', '5,8', /is it 5.8 or 58\?/],
    ['.', 'cinco', /is not a number/],
  ] as const)('with decimal mark "%s", %s is refused', (decimal, raw, message) => {
    expect(parseNumberText(raw, decimal)).toEqual({ problem: expect.stringMatching(message) });
  });

  it("Excel's sep= hint names the separator and is not the header", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmi-reader-'));
    const file = path.join(dir, 'sep.csv');
    writeFileSync(file, 'sep=;\r\na,b;c\r\n1,5;2\r\n');
    const r = await readSpreadsheet(file);
    expect(r.separator).toBe(';');
    expect(r.header).toEqual(['a,b', 'c']);
    expect(r.headerLine).toBe(2);
    expect(r.rows.map((x) => x.line)).toEqual([3]);
  });

  it('the decimal mark of a ; file follows its number columns only', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmi-reader-'));
    const file = path.join(dir, 'a.csv');
    writeFileSync(file, 'version;rate\n2.1;0.058\n');
    expect((await readSpreadsheet(file, { numberColumns: ['rate'] })).decimal).toBe('.');
    writeFileSync(file, 'version;rate\n2.1;5\n');
    expect((await readSpreadsheet(file, { numberColumns: ['rate'] })).decimal).toBe(',');
  });
});
