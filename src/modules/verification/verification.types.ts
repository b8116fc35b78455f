import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AssistanceActivity } from '../strategy/assistance-activity.entity';
import { ServiceRequirement } from './service-requirement.entity';
import { Nonconformity, Verification, VerificationResult } from './verification.entity';

@ObjectType({ description: 'Average of one criterion for the activity, from the schools\' evaluations (activity 7).' })
export class ActivityCriterionRating {
  @Field({ description: 'Criterion code.' })
  code: string;

  @Field({ description: 'Criterion name.' })
  name: string;

  @Field(() => Float, { nullable: true, description: 'Average rating 1–5 (2 decimals).' })
  average: number | null;

  @Field(() => Int, { description: 'Ratings counted.' })
  ratings: number;

  @Field({ description: 'True when the average is below 3.5 (default requirement of the ficha: average rating ≥ 3.5).' })
  low: boolean;
}

@ObjectType({ description: 'A low rating (1 or 2) a school gave the activity, with its comment.' })
export class LowRating {
  @Field({ description: 'DANE code of the school.' })
  schoolDane: string;

  @Field({ description: 'Criterion code.' })
  criterion: string;

  @Field({ description: 'Criterion name.' })
  criterionName: string;

  @Field(() => Int, { description: 'Score (1 or 2).' })
  score: number;

  @Field({ description: "The school's comments." })
  comments: string;
}

@ObjectType({ description: "What the schools said of the activity (evaluación de asesoría), shown next to the requirements." })
export class ActivityEvaluationSummary {
  @Field(() => Int, { description: 'Evaluations due (schools that received the activity).' })
  due: number;

  @Field(() => Int, { description: 'Evaluations received.' })
  received: number;

  @Field(() => Float, { nullable: true, description: 'Average of every rating (1–5).' })
  average: number | null;

  @Field(() => [ActivityCriterionRating], { description: 'Per criterion, in the order of the settings.' })
  byCriterion: ActivityCriterionRating[];

  @Field(() => [LowRating], { description: 'Ratings of 1 or 2, by school then criterion.' })
  lowRatings: LowRating[];
}

@ObjectType({ description: 'A requirement of the ficha técnica with what is known of it for this activity.' })
export class SheetRequirement {
  @Field(() => ServiceRequirement, { description: 'The requirement.' })
  requirement: ServiceRequirement;

  @Field(() => VerificationResult, { nullable: true, description: 'Its result in the latest verification, if any.' })
  lastResult: VerificationResult | null;

  @Field(() => Nonconformity, { nullable: true, description: 'Its open nonconformity, if any (a new verification is due).' })
  openNonconformity: Nonconformity | null;

  @Field(() => String, { nullable: true, description: 'What the evaluations of activity 7 suggest for it (evaluation received, average rating).' })
  hint: string | null;
}

@ObjectType({ description: 'Verification sheet (hoja de verificación) of an assistance activity: requirements, evaluations, history.' })
export class VerificationSheet {
  @Field(() => ID, { description: 'The activity id.' })
  activityId: string;

  @Field(() => AssistanceActivity, { description: 'The activity.' })
  activity: AssistanceActivity;

  @Field(() => [SheetRequirement], { description: 'Requirements of its kind of service, in order.' })
  requirements: SheetRequirement[];

  @Field(() => ActivityEvaluationSummary, { description: 'The schools\' evaluations of it (activity 7).' })
  evaluation: ActivityEvaluationSummary;

  @Field(() => [Verification], { description: 'Verifications so far, newest first.' })
  verifications: Verification[];

  @Field({ description: 'True when a nonconformity is open: a new verification is required.' })
  reverificationDue: boolean;
}
