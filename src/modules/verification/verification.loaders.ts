import { In } from 'typeorm';
import type { Context } from '../../context';
import { groupBy, loader } from '../../common/loaders';
import { Nonconformity, QualityAction, VerificationResult } from './verification.entity';

/** The verification module's DataLoaders for field resolvers, one set per request (src/common/loaders.ts). */

export const actionsByNonconformity = (ctx: Context) =>
  loader<string, QualityAction[]>(
    ctx,
    'verification.actionsByNonconformity',
    async (ids) => groupBy(await ctx.runtime.db.getRepository(QualityAction).find({ where: { nonconformityId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }), (a) => a.nonconformityId),
    [],
  );

export const resultsByVerification = (ctx: Context) =>
  loader<string, VerificationResult[]>(
    ctx,
    'verification.resultsByVerification',
    async (ids) => groupBy(await ctx.runtime.db.getRepository(VerificationResult).find({ where: { verificationId: In([...ids]) }, order: { position: 'ASC' } }), (r) => r.verificationId),
    [],
  );

export const nonconformitiesByVerification = (ctx: Context) =>
  loader<string, Nonconformity[]>(
    ctx,
    'verification.nonconformitiesByVerification',
    async (ids) => groupBy(await ctx.runtime.db.getRepository(Nonconformity).find({ where: { verificationId: In([...ids]) }, order: { requirementCode: 'ASC' } }), (n) => n.verificationId),
    [],
  );
