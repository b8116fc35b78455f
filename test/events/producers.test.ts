import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EventType } from '../../src/events/catalogue';

/**
 * Every event type declared in src/events/catalogue.ts must have a producer: some file under src/ other than the
 * catalogue (and the consumer presets, which only list types) names `EventType.<KEY>`. A declared type nobody emits
 * would be promised to consumers and never arrive.
 */
const SRC = path.join(__dirname, '..', '..', 'src');
const NOT_PRODUCERS = new Set([path.join(SRC, 'events', 'catalogue.ts'), path.join(SRC, 'events', 'presets.ts')]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !NOT_PRODUCERS.has(p) ? [p] : [];
  });
}

/** Declared types without a producer yet, each with why (empty when every module is merged). */
const PENDING: Partial<Record<keyof typeof EventType, string>> = {};

test('every declared event type in src/events/catalogue.ts has a producer', () => {
  const source = files(SRC).map((f) => readFileSync(f, 'utf8')).join('\n');
  const missing = (Object.keys(EventType) as Array<keyof typeof EventType>).filter(
    (key) => !new RegExp(`EventType\\.${key}\\b`).test(source),
  );
  expect(missing.filter((k) => !(k in PENDING))).toEqual([]);
  // A pending entry that now has a producer must leave the list.
  expect(Object.keys(PENDING).filter((k) => !missing.includes(k as keyof typeof EventType))).toEqual([]);
});
