import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { AuditEntry } from './audit-entry.entity';
import type { PageArgs } from '../../common/pagination';
import { keysetPage } from '../../common/pagination';
import { scopeOf } from '../../common/scope';

export interface AuditRecord {
  operation: string;
  entity: string;
  entityId: string;
  secretariat: string | null;
  change: Record<string, unknown>;
}

/** Written inside the caller's transaction: no change without its audit row. */
export async function recordAudit(tx: EntityManager, ctx: Context, rec: AuditRecord): Promise<void> {
  await recordAuditMany(tx, ctx, [rec]);
}

export async function recordAuditMany(tx: EntityManager, ctx: Context, recs: AuditRecord[]): Promise<void> {
  if (recs.length === 0) return;
  const caller = callerOf(ctx);
  await tx.insert(
    AuditEntry,
    recs.map((r) => ({
      secretariatCode: r.secretariat,
      subject: caller.subject,
      role: caller.role,
      client: caller.client,
      requestId: ctx.requestId,
      operation: r.operation,
      entity: r.entity,
      entityId: r.entityId,
      change: r.change,
    })) as QueryDeepPartialEntity<AuditEntry>[],
  );
}

/** Fields that differ between two versions of a record, as `{ field: { from, to } }`. */
export function diff(before: object | null, after: object): Record<string, unknown> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  const b = (before ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(after)) {
    if (v instanceof Date || k === 'updatedAt' || k === 'createdAt') continue;
    if (JSON.stringify(b[k]) !== JSON.stringify(v)) out[k] = { from: b[k] ?? null, to: v ?? null };
  }
  return out;
}

export interface AuditFilter {
  entity?: string | null;
  entityId?: string | null;
  secretariat?: string | null;
}

export async function listAudit(ctx: Context, filter: AuditFilter, page: PageArgs) {
  const scope = scopeOf(ctx, filter.secretariat);
  const qb = scope.apply(ctx.runtime.db.getRepository(AuditEntry).createQueryBuilder('a'), 'a.secretariat_code', 'none');
  if (filter.entity) qb.andWhere('a.entity = :e', { e: filter.entity });
  if (filter.entityId) qb.andWhere('a.entity_id = :id', { id: filter.entityId });
  return keysetPage(qb, 'a.id', (a) => a.id, page, 'integer');
}
