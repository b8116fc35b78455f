import 'reflect-metadata';
import { emitSchemaFile, SCHEMA_FILE } from '../schema';

/** npm run schema: writes schema/schema.graphql from the code. */
emitSchemaFile()
  .then(() => process.stdout.write(`wrote ${SCHEMA_FILE}\n`))
  .catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
