import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { SecretariatSettings } from './secretariat-settings.entity';
import { UpdateSecretariatSettingsInput } from './settings.inputs';
import { Role } from '../../common/auth/roles';
import type { Context } from '../../context';
import * as service from './settings.service';

@Resolver(() => SecretariatSettings)
export class SettingsResolver {
  @Authorized(Role.QUALITY_LEADER, Role.IMPROVEMENT_PROFESSIONAL, Role.QUALITY_STAFF, Role.MINISTRY, Role.ADMIN)
  @Query(() => SecretariatSettings, { description: "Rule thresholds of the caller's secretariat (defaults until changed)." })
  secretariatSettings(
    @Ctx() ctx: Context,
    @Arg('secretariat', () => String, { nullable: true, description: 'Secretariat code (Ministry and administrators).' })
    secretariat?: string | null,
  ) {
    return service.getSettings(ctx, secretariat);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => SecretariatSettings, { description: 'Changes the rule thresholds of the secretariat (líder de calidad).' })
  updateSecretariatSettings(@Arg('input') input: UpdateSecretariatSettingsInput, @Ctx() ctx: Context) {
    return service.updateSettings(ctx, input);
  }
}
