import { ArgsType, Field, InputType } from 'type-graphql';
import { Printable } from '../../records/printable';
import { IsOptional, Length, Matches } from 'class-validator';
import { PageArgs } from '../../common/pagination';

@InputType({ description: 'A new secretariat (Secretaría de Educación).' })
export class CreateSecretariatInput {
  @Field({ description: 'Code of the ETC: 2 to 16 letters, digits or dashes.' })
  @Matches(/^[A-Z0-9-]{2,16}$/, { message: 'code must be 2 to 16 upper-case letters, digits or dashes' })
  code: string;

  @Field({ description: 'Name; printed in the official PDFs, so a character their font cannot show (CJK, emoji, ✓…) is BAD_USER_INPUT naming it.' })
  @Length(3, 200)
  @Printable()
  name: string;

  @Field(() => String, { nullable: true, description: 'Department (departamento).' })
  @IsOptional()
  @Length(2, 100)
  department?: string | null;
}

@InputType({ description: 'Changes to a secretariat; omitted fields stay as they are.' })
export class UpdateSecretariatInput {
  @Field(() => String, { nullable: true, description: 'Name; printed in the official PDFs, so a character their font cannot show (CJK, emoji, ✓…) is BAD_USER_INPUT naming it.' })
  @IsOptional()
  @Length(3, 200)
  @Printable()
  name?: string;

  @Field(() => String, { nullable: true, description: 'Department (departamento).' })
  @IsOptional()
  @Length(2, 100)
  department?: string | null;
}

@ArgsType()
export class SecretariatsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Text contained in the name (accents and case ignored).' })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;
}
