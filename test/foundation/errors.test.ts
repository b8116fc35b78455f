import { startTestHub, expectError, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { SchoolsDocument, CreateSchoolDocument } from '../generated/graphql';
import { buildHubSchema } from '../../src/schema';
import { getMetadataStorage as typeGraphqlMetadata } from 'type-graphql';
import { getMetadataStorage as validationMetadata } from 'class-validator';

let dev: TestHub;
let prod: TestHub;
let token: string;
beforeAll(async () => {
  dev = await startTestHub();
  prod = await startTestHub({ NODE_ENV: 'production', JWT_SECRET: 'test-secret-for-pmi-hub-tests' }, dev.database);
  const { a } = await createTwoTenants(dev, 1);
  token = await dev.token({ role: Role.QUALITY_LEADER, secretariat: a.code });
});
afterAll(async () => {
  await prod.stop();
  await dev.stop();
});

async function withSchoolTableGone<T>(fn: () => Promise<T>): Promise<T> {
  await dev.runtime.db.query('ALTER TABLE school RENAME TO school_away');
  try {
    return await fn();
  } finally {
    await dev.runtime.db.query('ALTER TABLE school_away RENAME TO school');
  }
}

describe('errors', () => {
  it('every custom class-validator message names its field first ("startsOn must be a date YYYY-MM-DD")', async () => {
    // A shared rule without the name read "must be a date YYYY-MM-DD" while every other violation reads "<field> must …";
    // another named a `year` argument "period".
    await buildHubSchema(); // loads every input and arguments class
    const { inputTypes, argumentTypes } = typeGraphqlMetadata();
    const unnamed = [...inputTypes, ...argumentTypes].flatMap(({ target }) =>
      (validationMetadata().getTargetValidationMetadatas(target, '', true, false) as unknown as { message?: unknown; propertyName: string }[])
        // class-validator's own nested-object messages name the property with $property already.
        .filter((r) => typeof r.message === 'string' && !r.message.includes('$property') && !r.message.startsWith(`${r.propertyName} `))
        .map((r) => `${target.name}.${r.propertyName}: ${String(r.message)}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('hides internal errors and stack traces from clients in production', async () => {
    const res = await withSchoolTableGone(() => prod.gql(SchoolsDocument, {}, token));
    const err = expectError(res, 'INTERNAL_SERVER_ERROR');
    expect(err.message).toBe('Internal server error');
    expect(JSON.stringify(res.errors)).not.toMatch(/school_away|relation|stacktrace|at /);
  });

  it('keeps expected errors and their codes in production, without stack traces', async () => {
    const admin = await dev.token({ role: Role.ADMIN });
    const res = await prod.gql(CreateSchoolDocument, { input: { daneCode: '12', name: 'IE Nueva', sector: 'OFFICIAL', zone: 'URBAN', municipality: 'Bello', secretariat: 'X1' } }, admin);
    const err = expectError(res, 'BAD_USER_INPUT', 'input.daneCode');
    expect(err.message).toMatch(/12 digits/);
    expect(err.extensions?.stacktrace).toBeUndefined();
    // Every problem at once: the input's own and the registry's rule (X1 is no secretariat).
    expect(err.extensions?.violations).toEqual([
      { field: 'input.daneCode', message: expect.stringMatching(/12 digits/) },
      { field: 'input.secretariat', message: 'Unknown secretariat X1' },
    ]);
  });

  it('shows details of internal errors in development only', async () => {
    const res = await withSchoolTableGone(() => dev.gql(SchoolsDocument, {}, token));
    const err = expectError(res, 'INTERNAL_SERVER_ERROR');
    expect(err.message).toMatch(/school/);
  });

  it('names the variable at fault when a variable has the wrong type', async () => {
    const res = await dev.gql(SchoolsDocument, { first: 'many' as never }, token);
    expectError(res, 'BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/\$first/);
  });

  it('answers BAD_USER_INPUT with the field for an out-of-range page size', async () => {
    expectError(await dev.gql(SchoolsDocument, { first: 0 }, token), 'BAD_USER_INPUT', 'first');
  });
});
