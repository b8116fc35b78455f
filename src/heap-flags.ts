/**
 * The V8 heap settings the hub runs with (issue 14: its memory under load; figures in docs/performance.md, "Memory:
 * RSS under load").
 *
 * V8 sizes its heap for the machine, not for a server: on a 64-bit Linux host with a few GB of RAM it allows each of
 * the two semi-spaces of the young generation 32 MB (64 MB resident as soon as a few requests have run) and the old
 * generation ≈4 GB, and with so high a ceiling it lets the old generation grow to up to 4× what survived the last full
 * collection before collecting again. Under 50 clients reading pages of PMIs the hub then held 470–530 MB, of which
 * the live heap was under 100 MB. Two settings, both read from the environment:
 *
 * - HEAP_YOUNG_MB (`--max-semi-space-size`, default 8): 16 MB of young generation instead of 64 MB.
 * - HEAP_MAX_MB (`--max-old-space-size`, default 1024): a ceiling well above what the hub keeps alive (the schema and
 *   metadata ≈42 MB, a full response cache, thousands of subscribers), which is also what V8 scales its growth factor
 *   by: 1.6× the live heap at 1 GB instead of 4× at 4 GB. Past the ceiling V8 ends the process (out of memory), so it
 *   is set to the memory the hub may use, never near its live heap.
 *
 * `0` leaves the setting to V8. Either flag given to node by hand (`node --max-old-space-size=2048 dist/src/main.js`,
 * or in NODE_OPTIONS) wins over its variable.
 *
 * V8 reads these flags once, when the process starts, so they cannot be set from JavaScript: `relaunchWithHeapFlags`
 * replaces the process, before anything else is loaded, with the same node, script and arguments plus the flags
 * (`process.execve`: same PID, so a supervisor's signals still reach the hub). Where that is not possible (Windows,
 * a process with an IPC channel) the hub runs on with V8's defaults. `loadConfig` validates both variables; a bad value
 * is left for it to report (no relaunch).
 */

import { totalmem } from 'node:os';

/** Defaults and bounds shared with src/config.ts, which validates the variables. */
export const HEAP_YOUNG_MB = { default: 8, min: 0, max: 128 } as const;
// A ceiling above the machine's memory is no ceiling: the process would swap or be killed instead of failing cleanly.
export const HEAP_MAX_MB = { default: 1024, min: 0, max: Math.floor(totalmem() / 2 ** 20) } as const;
/** A ceiling below this (other than 0) is refused by the configuration: too close to the hub's live heap. */
export const HEAP_MAX_MB_FLOOR = 128;

const FLAGS = {
  young: { flag: '--max-semi-space-size', variable: 'HEAP_YOUNG_MB', bounds: HEAP_YOUNG_MB },
  old: { flag: '--max-old-space-size', variable: 'HEAP_MAX_MB', bounds: HEAP_MAX_MB },
} as const;

/** A flag given to node by hand, on its command line or in NODE_OPTIONS (V8 accepts `_` for `-`). */
function givenByHand(flag: string, execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  const pattern = new RegExp(`(^|\\s)${flag.replace(/-/g, '[-_]')}(=|\\s|$)`);
  return execArgv.some((a) => pattern.test(a)) || pattern.test(nodeOptions ?? '');
}

/** An integer setting within bounds, its default when unset, or null when malformed (the configuration reports it). */
function setting(value: string | undefined, bounds: { default: number; min: number; max: number }): number | null {
  if (value === undefined || value === '') return bounds.default;
  const n = Number(value); // as the configuration reads it (zod's coerce)
  return Number.isInteger(n) && n >= bounds.min && n <= bounds.max ? n : null;
}

/**
 * The V8 flags the environment asks for that node was not already given, e.g. `['--max-semi-space-size=8',
 * '--max-old-space-size=1024']`; empty when there is nothing to add or a value is malformed (left to loadConfig).
 */
export function heapFlags(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (const { flag, variable, bounds } of Object.values(FLAGS)) {
    const mb = setting(env[variable], bounds);
    if (mb === null) return [];
    if (variable === 'HEAP_MAX_MB' && mb !== 0 && mb < HEAP_MAX_MB_FLOOR) return [];
    if (mb === 0 || givenByHand(flag, execArgv, env.NODE_OPTIONS)) continue;
    out.push(`${flag}=${mb}`);
  }
  return out;
}

/**
 * Replaces this process by itself with the heap flags added (see the file's comment); returns when there is nothing
 * to add or it cannot (then the hub runs with V8's defaults). Call before anything else is loaded.
 */
export function relaunchWithHeapFlags(): void {
  const flags = heapFlags();
  const execve = (process as { execve?: (file: string, args: string[], env: NodeJS.ProcessEnv) => never }).execve;
  if (flags.length === 0 || typeof execve !== 'function' || process.channel) return;
  try {
    execve(process.execPath, [process.execPath, ...process.execArgv, ...flags, ...process.argv.slice(1)], process.env);
  } catch {
    // execve(2) failed: the process is unchanged and runs on with V8's defaults.
  }
}
