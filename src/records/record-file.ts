import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RecordFormat, type ExportedFile } from './record';

registerEnumType(RecordFormat, {
  name: 'RecordFormat',
  description: 'File format of a record (registro): CSV (UTF-8, `;`), XLSX, or PDF for the records that have a printed form.',
});

/**
 * A record as a downloadable file, returned inline by a GraphQL query: the client decodes `contentBase64` and saves it
 * under `filename` (see docs/outbound.md, "Downloading a record"). Records are small (one row per school or activity),
 * so inline content keeps downloads under the same authentication, tenancy and audit as every query.
 */
@ObjectType({ description: 'A record (registro) as a file: name, MIME type and the bytes in base64.' })
export class RecordFile {
  @Field({ description: 'File name, e.g. F01.03.F01-irregularidades-05001-2026.pdf.' })
  filename: string;

  @Field({ description: 'MIME type: text/csv; charset=utf-8, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/pdf.' })
  mimeType: string;

  @Field({ description: 'The file, base64-encoded.' })
  contentBase64: string;

  @Field(() => Int, { description: 'Data rows (schools, activities…), headers not counted.' })
  rows: number;
}

export const toRecordFile = (f: ExportedFile): RecordFile => ({
  filename: f.filename,
  mimeType: f.mimeType,
  contentBase64: f.content.toString('base64'),
  rows: f.rows,
});
