// Pure figures computed from the lists the hub returns (no DOM, no fetch): unit-tested in test/dashboard.

export interface SchoolRow {
  daneCode: string;
  name: string;
  municipality: string;
  sector: string;
  zone: string;
  active: boolean;
}
export interface ClassificationRow {
  schoolDane: string;
  modality: string;
  mandatory: boolean;
}
export interface SessionRow {
  schoolDane: string;
  status: string;
  scheduledOn: string;
  heldOn?: string | null;
  rescheduledTo?: string | null;
}
export interface NeedRow {
  schoolDane: string;
  area?: string | null;
}
export interface PlanRow {
  schoolDane: string;
  status: string;
  pertinent?: boolean | null;
}

/** Count of items per key, in the order of `keys` (keys with no item count 0; unknown keys appended). */
export function countBy<T>(items: readonly T[], key: (t: T) => string, keys: readonly string[] = []): { key: string; count: number }[] {
  const counts = new Map<string, number>(keys.map((k) => [k, 0]));
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, count]) => ({ key: k, count }));
}

/** The modality of each active school (NONE when the strategy does not classify it). */
export function modalityOf(schools: readonly SchoolRow[], classifications: readonly ClassificationRow[]): Map<string, ClassificationRow | null> {
  const byDane = new Map(classifications.map((c) => [c.schoolDane, c]));
  return new Map(schools.filter((s) => s.active).map((s) => [s.daneCode, byDane.get(s.daneCode) ?? null]));
}

/** Schools by classification (modality) and by sector × zone: rows per modality, columns OFFICIAL/URBAN… */
export function classificationTable(schools: readonly SchoolRow[], classifications: readonly ClassificationRow[]) {
  const modality = modalityOf(schools, classifications);
  const columns = ['OFFICIAL/URBAN', 'OFFICIAL/RURAL', 'NON_OFFICIAL/URBAN', 'NON_OFFICIAL/RURAL'];
  const rows = ['INTEGRAL', 'PUNCTUAL', 'NONE'].map((m) => {
    const inRow = schools.filter((s) => s.active && (modality.get(s.daneCode)?.modality ?? 'NONE') === m);
    return {
      modality: m,
      cells: columns.map((c) => inRow.filter((s) => `${s.sector}/${s.zone}` === c).length),
      mandatory: inRow.filter((s) => modality.get(s.daneCode)?.mandatory).length,
      total: inRow.length,
    };
  });
  return { columns, rows: rows.filter((r) => r.total > 0 || r.modality !== 'NONE') };
}

/** The month a session counts as programmed in (its rescheduled date when it was moved). */
export const programmedMonth = (s: SessionRow) => (s.rescheduledTo ?? s.scheduledOn).slice(0, 7);
/** The month a session was held in, or null. */
export const heldMonth = (s: SessionRow) => (s.status === 'HELD' && s.heldOn ? s.heldOn.slice(0, 7) : null);

/** Programmed vs held sessions per month of the period (YYYY-01 … YYYY-12), cancelled ones not programmed. */
export function sessionsByMonth(sessions: readonly SessionRow[], period: string) {
  const months = Array.from({ length: 12 }, (_, i) => `${period}-${String(i + 1).padStart(2, '0')}`);
  return months.map((month) => ({
    month,
    programmed: sessions.filter((s) => s.status !== 'CANCELLED' && programmedMonth(s) === month).length,
    held: sessions.filter((s) => heldMonth(s) === month).length,
  }));
}

/** Open needs per management area, in Guía 34 order, then no area. */
export function needsByArea(needs: readonly NeedRow[]) {
  return countBy(needs, (n) => n.area ?? 'NONE', ['DIRECTIVE', 'ACADEMIC', 'ADMINISTRATIVE_FINANCIAL', 'COMMUNITY', 'NONE']).filter(
    (r) => r.key !== 'NONE' || r.count > 0,
  );
}

/** As the hub's PMI results count them: the current version REVIEWED (pertinent); a later draft is not. */
export const isReviewed = (p: PlanRow) => p.status === 'REVIEWED';
export const isPertinent = (p: PlanRow) => p.status === 'REVIEWED' && p.pertinent === true;

export interface MunicipalityRow {
  municipality: string;
  schools: number;
  integral: number;
  punctual: number;
  plans: number;
  pertinent: number;
  held: number;
  needs: number;
}

/** One row per municipality (by name), active schools only, sorted by name (Spanish collation). */
export function byMunicipality(
  schools: readonly SchoolRow[],
  classifications: readonly ClassificationRow[],
  plans: readonly PlanRow[],
  sessions: readonly SessionRow[],
  needs: readonly NeedRow[],
): MunicipalityRow[] {
  const modality = modalityOf(schools, classifications);
  const muni = new Map(schools.filter((s) => s.active).map((s) => [s.daneCode, s.municipality]));
  const rows = new Map<string, MunicipalityRow>();
  const row = (dane: string) => {
    const m = muni.get(dane);
    if (m === undefined) return null;
    let r = rows.get(m);
    if (!r) rows.set(m, (r = { municipality: m, schools: 0, integral: 0, punctual: 0, plans: 0, pertinent: 0, held: 0, needs: 0 }));
    return r;
  };
  for (const dane of muni.keys()) {
    const r = row(dane)!;
    r.schools++;
    const mod = modality.get(dane)?.modality;
    if (mod === 'INTEGRAL') r.integral++;
    if (mod === 'PUNCTUAL') r.punctual++;
  }
  for (const p of plans) {
    const r = row(p.schoolDane);
    if (!r) continue;
    r.plans++;
    if (isPertinent(p)) r.pertinent++;
  }
  for (const s of sessions) if (s.status === 'HELD') row(s.schoolDane) && row(s.schoolDane)!.held++;
  for (const n of needs) row(n.schoolDane) && row(n.schoolDane)!.needs++;
  return [...rows.values()].sort((a, b) => a.municipality.localeCompare(b.municipality, 'es'));
}

/** Sorts rows by a column, numbers numerically and text with Spanish collation; nulls last. */
export function sortRows<T>(rows: readonly T[], key: keyof T, direction: 'asc' | 'desc'): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key] as unknown;
    const y = b[key] as unknown;
    if (x == null && y == null) return 0;
    if (x == null) return 1;
    if (y == null) return -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
    return String(x).localeCompare(String(y), 'es') * sign;
  });
}

/** A CSV (UTF-8 with BOM, ";" as Spanish Excel opens it) of a table; formula-like text neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cell = (v: string | number | null | undefined) => {
    let s = v == null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
    // Quoted when it holds the separator of either list convention (`;` or `,`), a quote, a line break or a tab: Excel
    // with a comma list separator would otherwise split the field (and evaluate a part starting with `=`).
    return /[",;\n\r\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

/**
 * A count axis up to `max`: whole-number ticks at a round step (1, 2, 5 × 10ⁿ, about five of them) and an axis end on
 * a tick — 13 schools give 0, 5, 10, 15, never 0, 3, 6, 9, 12, 13.
 */
export function countAxis(max: number, ticks = 5): { max: number; interval: number } {
  const top = Math.max(1, Math.ceil(max));
  const raw = top / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  const interval = [1, 2, 5, 10].map((m) => m * magnitude).find((step) => step >= raw) ?? 10 * magnitude;
  return { max: Math.ceil(top / interval) * interval, interval };
}

// --- Figures from the hub's counts (issue 14): the same shapes as the functions above, from GROUP BY answers. ---

export interface SchoolGroupRow {
  municipality: string;
  sector: string;
  zone: string;
  schools: number;
}
export interface ClassificationCountRow extends SchoolGroupRow {
  modality?: string | null;
  mandatory: number;
}

/**
 * The classification table from the strategy's classificationCounts, or (no strategy) from the registry's groups:
 * every active school unclassified. Same rows and columns as `classificationTable`.
 */
export function classificationTableFromCounts(counts: readonly ClassificationCountRow[] | null, schools: readonly SchoolGroupRow[]) {
  const groups: readonly ClassificationCountRow[] = counts ?? schools.map((g) => ({ ...g, modality: null, mandatory: 0 }));
  const columns = ['OFFICIAL/URBAN', 'OFFICIAL/RURAL', 'NON_OFFICIAL/URBAN', 'NON_OFFICIAL/RURAL'];
  const rows = ['INTEGRAL', 'PUNCTUAL', 'NONE'].map((m) => {
    const inRow = groups.filter((g) => (g.modality ?? 'NONE') === m);
    const sum = (gs: readonly ClassificationCountRow[], k: 'schools' | 'mandatory') => gs.reduce((n, g) => n + g[k], 0);
    return {
      modality: m,
      cells: columns.map((c) => sum(inRow.filter((g) => `${g.sector}/${g.zone}` === c), 'schools')),
      mandatory: sum(inRow, 'mandatory'),
      total: sum(inRow, 'schools'),
    };
  });
  return { columns, rows: rows.filter((r) => r.total > 0 || r.modality !== 'NONE') };
}

/** The twelve months of the period from the hub's byMonth (months without sessions count 0). */
export function sessionsByMonthFromCounts(byMonth: readonly { month: string; programmed: number; held: number }[], period: string) {
  const known = new Map(byMonth.map((m) => [m.month, m]));
  return Array.from({ length: 12 }, (_, i) => `${period}-${String(i + 1).padStart(2, '0')}`).map((month) => ({
    month,
    programmed: known.get(month)?.programmed ?? 0,
    held: known.get(month)?.held ?? 0,
  }));
}

/** Open needs per area from the hub's byArea: Guía 34 order, areas without needs 0, "sin área" only when some. */
export function needsByAreaFromCounts(byArea: readonly { area?: string | null; needs: number }[]) {
  const keys = ['DIRECTIVE', 'ACADEMIC', 'ADMINISTRATIVE_FINANCIAL', 'COMMUNITY', 'NONE'];
  const counts = new Map<string, number>(keys.map((k) => [k, 0]));
  for (const a of byArea) counts.set(a.area ?? 'NONE', (counts.get(a.area ?? 'NONE') ?? 0) + a.needs);
  return [...counts].map(([key, count]) => ({ key, count })).filter((r) => r.key !== 'NONE' || r.count > 0);
}

/** The municipality table from the counts: one row per municipality with active schools, sorted by name (es). */
export function byMunicipalityFromCounts(
  schools: readonly SchoolGroupRow[],
  classifications: readonly ClassificationCountRow[] | null,
  plans: readonly { municipality: string; plans: number; pertinent: number }[],
  held: readonly { municipality: string; held: number }[],
  needs: readonly { municipality: string; needs: number }[],
): MunicipalityRow[] {
  const rows = new Map<string, MunicipalityRow>();
  for (const g of schools) {
    const r = rows.get(g.municipality) ?? { municipality: g.municipality, schools: 0, integral: 0, punctual: 0, plans: 0, pertinent: 0, held: 0, needs: 0 };
    r.schools += g.schools;
    rows.set(g.municipality, r);
  }
  for (const c of classifications ?? []) {
    const r = rows.get(c.municipality);
    if (r && c.modality === 'INTEGRAL') r.integral += c.schools;
    if (r && c.modality === 'PUNCTUAL') r.punctual += c.schools;
  }
  for (const p of plans) {
    const r = rows.get(p.municipality);
    if (r) (r.plans += p.plans), (r.pertinent += p.pertinent);
  }
  for (const h of held) {
    const r = rows.get(h.municipality);
    if (r) r.held += h.held;
  }
  for (const n of needs) {
    const r = rows.get(n.municipality);
    if (r) r.needs += n.needs;
  }
  return [...rows.values()].sort((a, b) => a.municipality.localeCompare(b.municipality, 'es'));
}
