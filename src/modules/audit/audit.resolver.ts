import { Args, ArgsType, Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { AuditEntry } from './audit-entry.entity';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { Role } from '../../common/auth/roles';
import type { Context } from '../../context';
import { listAudit } from './audit.service';

@ObjectType({ description: 'A page of audit entries.' })
class AuditEntryConnection extends ConnectionType(AuditEntry) {}

@ArgsType()
class AuditArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only changes to this kind of record, e.g. School.' })
  entity?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes to this record.' })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Secretariat code (administrators only; others see their own).' })
  secretariat?: string | null;
}

@Resolver()
export class AuditResolver {
  @Authorized(Role.QUALITY_LEADER, Role.ADMIN)
  @Query(() => AuditEntryConnection, {
    description: "Audit trail (pista de auditoría) of the caller's secretariat. Order: oldest first (by entry id, which grows with time).",
  })
  auditTrail(@Args() args: AuditArgs, @Ctx() ctx: Context) {
    return listAudit(ctx, args, args);
  }
}
