import { startTestHub, expectData, type TestHub } from '../support/hub';
import { createSchool, createSecretariat } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { SchoolsDocument } from '../generated/graphql';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ EXPOSE_SQL_COUNT: 'true', MAX_QUERY_COMPLEXITY: '1000000' });
});
afterAll(() => hub.stop());

describe('per-request DataLoaders', () => {
  it('runs the same number of SQL statements for a page of 10 and a page of 100 schools with their secretariat', async () => {
    // Schools spread over several secretariats, so the secretariat field really has to batch.
    const secretariats = [];
    for (let i = 0; i < 5; i++) secretariats.push(await createSecretariat(hub));
    for (let i = 0; i < 110; i++) await createSchool(hub, secretariats[i % 5].code);
    const ministry = await hub.token({ role: Role.MINISTRY });
    const count = async (first: number) => {
      const res = await hub.gql(SchoolsDocument, { first }, ministry);
      const data = expectData(res);
      expect(data.schools.edges).toHaveLength(first);
      expect(new Set(data.schools.edges.map((e) => e.node.secretariat.code)).size).toBe(5);
      return res.extensions?.sqlStatements as number;
    };
    const small = await count(10);
    const large = await count(100);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
