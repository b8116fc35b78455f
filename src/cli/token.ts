import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { TokenService } from '../common/auth/jwt';
import { Role } from '../common/auth/roles';

/** npm run token -- --role QUALITY_LEADER --secretariat 05001 [--school 105001000011] [--scope ingest:D01.03] */
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      secretariat: { type: 'string' },
      school: { type: 'string' },
      scope: { type: 'string', multiple: true },
      subject: { type: 'string' },
      client: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  });
  const role = values.role as Role;
  if (!role) throw new Error(`--role is required, one of: ${Object.values(Role).join(', ')}`);
  if (!Object.values(Role).includes(role)) {
    throw new Error(`--role ${JSON.stringify(values.role)} is not a role; one of: ${Object.values(Role).join(', ')}`);
  }
  const tokens = new TokenService(loadConfig());
  const token = await tokens.mint(
    {
      sub: values.subject ?? `dev:${role.toLowerCase()}`,
      role,
      secretariat: values.secretariat ?? null,
      school: values.school ?? null,
      scopes: values.scope ?? [],
      client: values.client ?? null,
    },
    values.expires,
  );
  process.stdout.write(`${token}\n`);
}

main().catch((err) => {
  process.stderr.write(`token: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
