/**
 * Wall-clock times in a named time zone, from the platform's time-zone database — never the machine's zone.
 * Colombia (America/Bogota) has used UTC−5 without daylight saving since 1993; the functions work for any zone.
 */

/** The zone of a date-time written without one (spreadsheets) and of wall-clock times written to records. */
export const DEFAULT_ZONE = 'America/Bogota';

/** Wall-clock fields (month 1-12). */
export interface Wall {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of an instant in a zone. */
export function wallClock(instant: Date, zone = DEFAULT_ZONE): Wall {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, f);
  }
  const parts = f.formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

const wallMs = (w: Wall) => Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s);

/** The instant of a wall-clock time in a zone. */
export function zonedInstant(w: Wall, zone = DEFAULT_ZONE): Date {
  const guess = wallMs(w);
  const offset = (t: number) => wallMs(wallClock(new Date(t), zone)) - Math.floor(t / 1000) * 1000;
  let t = guess - offset(guess);
  t = guess - offset(t);
  return new Date(t);
}

const two = (n: number) => String(n).padStart(2, '0');

/** `2026-04-03T10:00:00-05:00`: an instant written as ISO 8601 in a zone, with its offset. */
export function isoInZone(instant: Date, zone = DEFAULT_ZONE): string {
  const w = wallClock(instant, zone);
  const off = Math.round((wallMs(w) - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${w.y}-${two(w.m)}-${two(w.d)}T${two(w.h)}:${two(w.mi)}:${two(w.s)}${sign}${two(Math.floor(a / 60))}:${two(a % 60)}`;
}

/** `YYYY-MM-DD` of wall-clock fields. */
export const isoDateOf = (w: Pick<Wall, 'y' | 'm' | 'd'>) => `${String(w.y).padStart(4, '0')}-${two(w.m)}-${two(w.d)}`;
