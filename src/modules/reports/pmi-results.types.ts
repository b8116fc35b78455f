import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'National aggregate (agregado nacional) of the PMI formulation results for the Ministry (MEN).' })
export class PmiResultsNational {
  @Field({ description: 'Period (vigencia).' })
  period: string;

  @Field(() => String, { nullable: true, description: 'Department (departamento) the aggregate is limited to, if any.' })
  department: string | null;

  @Field(() => Int, { description: 'Secretariats (secretarías de educación) counted.' })
  secretariats: number;

  @Field(() => Int, { description: 'Active schools.' })
  schools: number;

  @Field(() => Int, { description: 'PMIs registered.' })
  plansRegistered: number;

  @Field(() => Int, { description: 'PMIs reviewed.' })
  plansReviewed: number;

  @Field(() => Int, { description: 'PMIs reviewed as pertinent.' })
  plansPertinent: number;

  @Field(() => Int, { description: 'PMIs followed up.' })
  plansFollowedUp: number;

  @Field(() => Int, { description: 'PMIs evaluated by their school.' })
  plansEvaluated: number;

  @Field(() => Int, { description: 'Indicators.' })
  indicators: number;

  @Field(() => Int, { description: 'Indicators measured.' })
  indicatorsMeasured: number;

  @Field(() => Int, { description: 'Indicators that reached their target.' })
  indicatorsAchieved: number;

  @Field(() => Float, { nullable: true, description: 'Average progress of every measured indicator in the country (0–1).' })
  averageIndicatorProgress: number | null;
}
