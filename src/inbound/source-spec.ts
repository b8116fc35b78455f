import type { Context } from '../context';
import type { Caller } from '../common/auth/caller';
import type { PrivateSchoolRegime, SchoolSector } from '../modules/schools/school.enums';
import type { PreparedRecord, StoreSpec } from '../modules/inputs/inbound-store';
import type { Problems } from './validation';

/** The contract of a source adapter: what a batch is, what validation sees, what an adapter declares. */

/** Source subprocess codes (subprocesos fuente) of the process map. */
export const SOURCES = ['D01.03', 'D01.04', 'D02.01', 'D02.02', 'C02.02', 'F01.03', 'D02.05'] as const;
export type SourceCode = (typeof SOURCES)[number];

/** An item turned into a row of its table, ready for the store. */
export type Prepared<C = unknown> = PreparedRecord<C>;
export type { Written } from '../modules/inputs/inbound-store';

export interface SchoolInfo {
  daneCode: string;
  secretariatCode: string;
  sector: SchoolSector;
  regime: PrivateSchoolRegime | null;
}

export interface BatchEnv {
  ctx: Context;
  caller: Caller;
  secretariat: string;
  schools: Map<string, SchoolInfo>;
  receivedAt: Date;
  client: string;
}

/**
 * An adapter of one source: how its items are mapped and validated (here) and where they are stored (StoreSpec, whose
 * writes live in src/modules/inputs/inbound-store.ts with the module that owns the tables).
 */
export interface SourceSpec<Item, C = unknown, Env = unknown> extends StoreSpec<C> {
  source: SourceCode;
  /** DANE code the item names, so the batch resolves all its schools in one query. */
  schoolOf?(item: Item): string | null | undefined;
  /** Loads what validation needs for the whole batch (e.g. the catalogue), once. */
  loadEnv?(env: BatchEnv, items: Item[]): Promise<Env>;
  /**
   * Validates one item (`path` is e.g. `input.items.3`): runs every check that does not need an earlier one to pass,
   * recording each fault in `problems` (the first being the one a check-and-stop adapter would return); returns the
   * record when it recorded none, else nothing.
   */
  prepare(item: Item, path: string, env: BatchEnv, extra: Env, problems: Problems): Prepared<C> | undefined;
}

export interface BatchInput<Item> {
  secretariat?: string | null;
  items: Item[];
}

/** Base item fields every source shares. */
export interface ItemProvenance {
  externalId?: string | null;
  sourceTimestamp: Date | string;
}

