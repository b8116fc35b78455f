import { ArgsType, Field, InputType } from 'type-graphql';
import { IsEnum, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { ManagementArea } from '../../common/management-area';
import { DANE_CODE_PATTERN } from '../../common/dane';
import { SupportRequestChannel, SupportRequestStatus } from './support-request.enums';

@InputType({ description: 'A support request (solicitud de apoyo). The channel follows from the caller: a school asks directly, Atención al Ciudadano on its behalf.' })
export class RegisterSupportRequestInput {
  @Field(() => String, { nullable: true, description: "DANE code of the school; a SCHOOL user's own by default, required for Atención al Ciudadano." })
  @IsOptional()
  @Matches(DANE_CODE_PATTERN, { message: 'daneCode must be exactly 12 digits (código DANE)' })
  daneCode?: string | null;

  @Field({ description: 'Subject (asunto).' })
  @Length(3, 200)
  subject: string;

  @Field(() => ManagementArea, { description: 'Management area (área de gestión).' })
  @IsEnum(ManagementArea)
  area: ManagementArea;

  @Field({ description: 'What the school needs (descripción).' })
  @Length(10, 4000)
  description: string;

  @Field(() => String, { nullable: true, description: 'Name of the person asking (nombre del solicitante).' })
  @IsOptional()
  @Length(2, 200)
  requesterName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact for the answer (correo o teléfono).' })
  @IsOptional()
  @Length(3, 200)
  contact?: string | null;

  @Field(() => String, { nullable: true, description: 'Filing number (radicado) in the citizen-service system.' })
  @IsOptional()
  @Length(1, 60)
  filingNumber?: string | null;
}

@InputType({ description: 'A status change by the secretariat’s staff, with a note.' })
export class UpdateSupportRequestStatusInput {
  @Field(() => SupportRequestStatus, { description: 'New state.' })
  @IsEnum(SupportRequestStatus)
  status: SupportRequestStatus;

  @Field({ description: 'Note explaining the change (observación / respuesta).' })
  @Length(3, 4000)
  note: string;
}

@ArgsType()
export class SupportRequestsArgs extends PageArgs {
  @Field(() => SupportRequestStatus, { nullable: true, description: 'Only this state.' })
  @IsOptional()
  status?: SupportRequestStatus | null;

  @Field(() => ManagementArea, { nullable: true, description: 'Only this management area.' })
  @IsOptional()
  area?: ManagementArea | null;

  @Field(() => SupportRequestChannel, { nullable: true, description: 'Only this channel.' })
  @IsOptional()
  channel?: SupportRequestChannel | null;

  @Field(() => String, { nullable: true, description: 'Only this school (DANE code).' })
  @IsOptional()
  @MaxLength(12)
  school?: string | null;

  @Field(() => String, { nullable: true, description: 'Secretariat code (Ministry and administrators; others see their own).' })
  @IsOptional()
  secretariat?: string | null;
}
