import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { JurisdictionAnalysisArgs, SchoolAnalysis, SchoolAnalysisPage, SchoolProfileArgs } from './analysis.types';
import { Role, SECRETARIAT_STAFF } from '../../common/auth/roles';
import type { Context } from '../../context';
import * as service from './analysis.service';

@Resolver()
export class AnalysisResolver {
  @Authorized(...SECRETARIAT_STAFF, Role.SCHOOL, Role.INSPECTION, Role.MINISTRY, Role.ADMIN)
  @Query(() => SchoolAnalysis, {
    description: 'Profile of one school for a period (activity 1): every signal from the inputs with its evidence.',
  })
  schoolProfile(@Args() args: SchoolProfileArgs, @Ctx() ctx: Context) {
    return service.schoolProfile(ctx, args.daneCode, args.period);
  }

  @Authorized(...SECRETARIAT_STAFF, Role.INSPECTION, Role.MINISTRY, Role.ADMIN)
  @Query(() => SchoolAnalysisPage, {
    description:
      'Analysis of the characterization and profile of the jurisdiction (análisis de la caracterización y el perfil, activity 1), a page of schools at a time.',
  })
  jurisdictionAnalysis(@Args() args: JurisdictionAnalysisArgs, @Ctx() ctx: Context) {
    return service.jurisdictionAnalysis(ctx, args);
  }
}
