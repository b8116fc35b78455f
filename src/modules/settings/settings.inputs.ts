import { Field, Float, InputType, Int } from 'type-graphql';
import { IsIn, IsOptional, Max, Min } from 'class-validator';

@InputType({ description: 'Changes to the rule thresholds; omitted fields stay as they are.' })
export class UpdateSecretariatSettingsInput {
  @Field(() => Int, { nullable: true, description: 'Self-evaluation score at or below which a component is a need (1–3).' })
  @IsOptional()
  @Min(1)
  @Max(3)
  lowSelfEvaluationScore?: number;

  @Field(() => Float, { nullable: true, description: 'Share of students in insuficiente that marks low performance (0–1).' })
  @IsOptional()
  @Min(0.01)
  @Max(1)
  saberInsufficientShare?: number;

  @Field(() => [String], { nullable: true, description: 'Saber 11 categories counted as low (A_PLUS, A, B, C, D).' })
  @IsOptional()
  @IsIn(['A_PLUS', 'A', 'B', 'C', 'D'], { each: true })
  lowSaber11Categories?: string[];

  @Field(() => Int, { nullable: true, description: 'Open needs from which a school gets integral accompaniment (1–20).' })
  @IsOptional()
  @Min(1)
  @Max(20)
  integralNeedsThreshold?: number;

  @Field(() => Int, { nullable: true, description: 'Activities per staff member and month before the overload warning (1–100).' })
  @IsOptional()
  @Min(1)
  @Max(100)
  maxActivitiesPerStaffMonth?: number;

  @Field(() => Int, { nullable: true, description: 'Consecutive periods an irregularity must persist to be reported to F01.03 (1–5).' })
  @IsOptional()
  @Min(1)
  @Max(5)
  irregularityConsecutivePeriods?: number;

  @Field(() => Float, { nullable: true, description: 'Share of PMI actions done below which a PMI is mostly undone (0.05–1).' })
  @IsOptional()
  @Min(0.05)
  @Max(1)
  irregularityMinDoneShare?: number;
}
