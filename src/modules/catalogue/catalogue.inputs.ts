import { Field, InputType } from 'type-graphql';
import { ArrayMinSize, IsOptional, Length, Matches } from 'class-validator';
import { ManagementArea } from '../../common/management-area';

@InputType({ description: 'A component (componente) of a catalogue process.' })
export class CatalogueComponentInput {
  @Field({ description: 'Component code, unique in the version, e.g. DIR-01-01.' })
  @Matches(/^[A-Za-z0-9._-]{1,32}$/, { message: 'code must be 1–32 letters, digits, dots, dashes or underscores' })
  code: string;

  @Field({ description: 'Name (nombre del componente).' })
  @Length(2, 300)
  name: string;
}

@InputType({ description: 'A process (proceso) of a management area, with its components.' })
export class CatalogueProcessInput {
  @Field({ description: 'Process code, unique in the version, e.g. DIR-01.' })
  @Matches(/^[A-Za-z0-9._-]{1,32}$/, { message: 'code must be 1–32 letters, digits, dots, dashes or underscores' })
  code: string;

  @Field(() => ManagementArea, { description: 'Management area (área de gestión).' })
  area: ManagementArea;

  @Field({ description: 'Name (nombre del proceso).' })
  @Length(2, 300)
  name: string;

  @Field(() => [CatalogueComponentInput], { description: 'Components, in order.' })
  @ArrayMinSize(1)
  components: CatalogueComponentInput[];
}

@InputType({
  description:
    'A new version of the self-evaluation catalogue (e.g. the 2026 "Ruta de Mejoramiento Institucional": 15 processes, 45 components). Versions are immutable.',
})
export class SelfEvaluationCatalogueInput {
  @Field({ description: 'Version code, e.g. RMI-2026.' })
  @Matches(/^[A-Za-z0-9._-]{2,32}$/, { message: 'version must be 2–32 letters, digits, dots, dashes or underscores' })
  version: string;

  @Field({ description: 'Name of the reference document.' })
  @Length(2, 300)
  name: string;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @IsOptional()
  description?: string | null;

  @Field(() => [CatalogueProcessInput], { description: 'Processes, in order, with their components.' })
  @ArrayMinSize(1)
  processes: CatalogueProcessInput[];
}
