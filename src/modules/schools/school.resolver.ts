import { validateWithService } from '../../common/validation';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { School } from './school.entity';
import { CreateSchoolInput, SchoolsArgs, UpdateSchoolInput } from './school.inputs';
import { ConnectionType } from '../../common/pagination';
import { Role } from '../../common/auth/roles';
import type { Context } from '../../context';
import * as service from './school.service';
import { SchoolCounts, SchoolCountsArgs, schoolCounts } from './school.counts';
import { Secretariat } from '../secretariats/secretariat.entity';
import { secretariatLoader } from '../secretariats/secretariat.loaders';

@ObjectType({ description: 'A page of schools (establecimientos educativos).' })
export class SchoolConnection extends ConnectionType(School) {}

@Resolver(() => School)
export class SchoolResolver {
  @Authorized()
  @Query(() => SchoolConnection, {
    description:
      "Schools (EE) the caller may see: its secretariat's, its own school for a SCHOOL user, all for the Ministry. Order: by DANE code.",
  })
  schools(@Args() args: SchoolsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return service.listSchools(ctx, args, info);
  }

  @Authorized()
  @Query(() => SchoolCounts, {
    description:
      'Counts of the schools (EE) the caller may list with `schools` (same scope: a SCHOOL user counts only itself; another secretariat named by a secretariat-bound role is NOT_FOUND): active schools by municipality, sector and zone.',
  })
  schoolCounts(@Args() args: SchoolCountsArgs, @Ctx() ctx: Context) {
    return schoolCounts(ctx, args);
  }

  @Authorized()
  @Query(() => School, { description: 'One school by DANE code (código DANE).' })
  school(@Arg('daneCode') daneCode: string, @Ctx() ctx: Context) {
    return service.getSchool(ctx, daneCode);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => School, { description: 'Adds a school to the registry (administrators). Emits school.registered.' })
  createSchool(@Arg('input', { validateFn: validateWithService }) input: CreateSchoolInput, @Ctx() ctx: Context) {
    return service.createSchool(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => School, { description: 'Changes a school in the registry (administrators). Emits school.updated.' })
  updateSchool(@Arg('daneCode') daneCode: string, @Arg('input') input: UpdateSchoolInput, @Ctx() ctx: Context) {
    return service.updateSchool(ctx, daneCode, input);
  }

  @FieldResolver(() => Secretariat, { description: 'The secretariat (Secretaría de Educación) of the school.' })
  async secretariat(@Root() school: School, @Ctx() ctx: Context) {
    return secretariatLoader(ctx).load(school.secretariatCode);
  }
}
