import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsISO8601, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { DANE_CODE_PATTERN } from '../../common/dane';
import { SessionMode, SessionStatus } from './session.enums';

const dateOnly = () => IsISO8601({ strict: true }, { message: '$property must be a date YYYY-MM-DD' });

@InputType({ description: 'Attendees of one role (asistentes).' })
export class SessionAttendeeInput {
  @Field({ description: 'Role, e.g. rector, coordinador, docente.' })
  @Length(2, 120)
  role: string;

  @Field(() => Int, { description: 'How many attended (1–10000).' })
  @Min(1)
  @Max(10000)
  count: number;

  @Field(() => [String], { defaultValue: [], description: 'Names, only where the secretariat’s record needs them.' })
  @Length(1, 200, { each: true })
  names: string[];
}

@InputType({ description: 'An agreement (compromiso) with its responsible and due date.' })
export class SessionCommitmentInput {
  @Field({ description: 'What was agreed.' })
  @Length(3, 1000)
  description: string;

  @Field({ description: 'Responsible (responsable).' })
  @Length(2, 200)
  responsible: string;

  @Field(() => String, { nullable: true, description: 'Due date YYYY-MM-DD.' })
  @IsOptional()
  @dateOnly()
  dueOn?: string | null;
}

@InputType({
  description:
    'A state of an assistance session (sesión de asistencia técnica). To change a session (held, cancelled, rescheduled) send its current id as `replacesId`: the earlier row is kept.',
})
export class AssistanceSessionInput {
  @Field(() => ID, { description: 'The programmed activity (asistencia técnica programada).' })
  @IsUUID()
  activityId: string;

  @Field({ description: 'DANE code of a school the activity serves.' })
  @Matches(DANE_CODE_PATTERN, { message: 'schoolDane must be a 12-digit DANE code' })
  schoolDane: string;

  @Field(() => ID, { nullable: true, description: 'The current session this state replaces (history is kept).' })
  @IsOptional()
  @IsUUID()
  replacesId?: string | null;

  @Field(() => SessionStatus, { description: 'State.' })
  @IsEnum(SessionStatus)
  status: SessionStatus;

  @Field(() => SessionMode, { defaultValue: SessionMode.IN_PERSON, description: 'Presencial or virtual.' })
  @IsEnum(SessionMode)
  mode: SessionMode = SessionMode.IN_PERSON;

  @Field({ description: 'Date programmed (YYYY-MM-DD).' })
  @dateOnly()
  scheduledOn: string;

  @Field(() => String, { nullable: true, description: 'Date held (YYYY-MM-DD), required for HELD, not in the future.' })
  @IsOptional()
  @dateOnly()
  heldOn?: string | null;

  @Field({ description: 'Staff who carry it out.' })
  @Length(2, 500)
  staff: string;

  @Field(() => [SessionAttendeeInput], { defaultValue: [], description: 'Attendees by role (required for HELD).' })
  @ValidateNested({ each: true })
  attendees: SessionAttendeeInput[];

  @Field({ defaultValue: '', description: 'Topics (temas tratados); required for HELD.' })
  @Length(0, 5000)
  topics: string = '';

  @Field({ defaultValue: '', description: 'Agreements (acuerdos), as in the minutes.' })
  @Length(0, 5000)
  agreements: string = '';

  @Field(() => [SessionCommitmentInput], { defaultValue: [], description: 'Agreements one by one (compromisos).' })
  @ValidateNested({ each: true })
  commitments: SessionCommitmentInput[];

  @Field({ defaultValue: '', description: 'Next steps (próximos pasos).' })
  @Length(0, 5000)
  nextSteps: string = '';

  @Field(() => String, { nullable: true, description: 'Reason (motivo), required for CANCELLED and RESCHEDULED.' })
  @IsOptional()
  @Length(3, 2000)
  cancelReason?: string | null;

  @Field(() => String, { nullable: true, description: 'New date (YYYY-MM-DD), required for RESCHEDULED.' })
  @IsOptional()
  @dateOnly()
  rescheduledTo?: string | null;
}

@ArgsType()
export class AssistanceSessionsArgs extends PageArgs {
  @Field(() => ID, { description: 'The strategy.' })
  @IsUUID()
  strategyId: string;

  @Field(() => ID, { nullable: true, description: 'Only this activity.' })
  @IsOptional()
  @IsUUID()
  activityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this school (DANE code); a school sees only its own anyway.' })
  @IsOptional()
  @Matches(DANE_CODE_PATTERN, { message: 'school must be a 12-digit DANE code' })
  school?: string | null;

  @Field({ defaultValue: true, description: 'Only the current state of each session (true) or every recorded state (false: history).' })
  current: boolean = true;
}
