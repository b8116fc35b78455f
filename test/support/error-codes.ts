import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Every `extensions.code` the README's "Errors" table documents (the first column of its rows). */
export function documentedErrorCodes(): string[] {
  const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.split(/^## Errors$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
}

/** Words of PostgreSQL's (and the driver's) messages that must never reach a client. */
export const DATABASE_TEXT =
  /syntax for type|violates|relation "|invalid byte sequence|duplicate key|out of range for type|QueryFailedError|column "|constraint "|current transaction is aborted|SQLSTATE|pg_catalog/i;
