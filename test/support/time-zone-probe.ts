import { typed, type Cell, type TypingContext } from '../../src/inbound/spreadsheet';
import { isoInZone, wallClock, zonedInstant } from '../../src/common/time-zone';
import { cellText, type RecordColumn } from '../../src/records/record';

/** Date readings and writings of the reader and the records writer, run by a test in processes of different zones. */
const text = (t: string): Cell => ({ ref: 'A1', content: { kind: 'text', text: t } });
const tc = (decimal: ',' | '.' = '.'): TypingContext => ({ decimal, dateForms: new Set() });

/** What the date code gives, run in this process and in one at UTC+14. */
export function dateResults(): Record<string, string> {
  const col = (type: RecordColumn<unknown>['type'], v: unknown): RecordColumn<unknown> => ({ header: 'x', type, value: () => v });
  return {
    offset: String(new Date(2026, 0, 1).getTimezoneOffset()),
    dayFirst: (typed('datetime', text('03/04/2026 10:00'), tc()) as Date).toISOString(),
    isoNoZone: (typed('datetime', text('2026-04-03T10:00'), tc()) as Date).toISOString(),
    dateOnly: (typed('datetime', text('3/4/2026'), tc()) as Date).toISOString(),
    date: String(typed('date', text('3/4/2026'), tc())),
    dateCell: String(typed('date', { ref: 'C2', content: { kind: 'date', wall: { y: 2026, m: 4, d: 3, h: 0, mi: 0, s: 0 }, hasTime: false } }, tc())),
    july: zonedInstant({ y: 2026, m: 7, d: 1, h: 0, mi: 0, s: 0 }).toISOString(),
    wall: JSON.stringify(wallClock(new Date('2026-01-01T04:59:59Z'))),
    iso: isoInZone(new Date('2026-04-03T15:00:00Z')),
    recordDatetime: cellText(col('datetime', '2026-04-03T10:00'), {}),
    recordDate: cellText(col('date', new Date('2026-04-04T03:00:00Z')), {}),
  };
}

