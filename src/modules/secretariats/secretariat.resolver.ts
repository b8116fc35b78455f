import { Arg, Args, Authorized, Ctx, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Secretariat } from './secretariat.entity';
import { CreateSecretariatInput, SecretariatsArgs, UpdateSecretariatInput } from './secretariat.inputs';
import { ConnectionType } from '../../common/pagination';
import { Role } from '../../common/auth/roles';
import type { Context } from '../../context';
import * as service from './secretariat.service';

@ObjectType({ description: 'A page of secretariats.' })
export class SecretariatConnection extends ConnectionType(Secretariat) {}

@Resolver(() => Secretariat)
export class SecretariatResolver {
  @Authorized()
  @Query(() => SecretariatConnection, {
    description: 'Secretariats (Secretarías de Educación) the caller may see: its own, or every one for the Ministry and administrators. Order: by code.',
  })
  secretariats(@Args() args: SecretariatsArgs, @Ctx() ctx: Context) {
    return service.listSecretariats(ctx, args);
  }

  @Authorized()
  @Query(() => Secretariat, { description: 'One secretariat by code.' })
  secretariat(@Arg('code') code: string, @Ctx() ctx: Context) {
    return service.getSecretariat(ctx, code);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Secretariat, { description: 'Registers a secretariat (administrators).' })
  createSecretariat(@Arg('input') input: CreateSecretariatInput, @Ctx() ctx: Context) {
    return service.createSecretariat(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Secretariat, { description: 'Changes a secretariat (administrators).' })
  updateSecretariat(@Arg('code') code: string, @Arg('input') input: UpdateSecretariatInput, @Ctx() ctx: Context) {
    return service.updateSecretariat(ctx, code, input);
  }
}
