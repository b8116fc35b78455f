import path from 'node:path';
import { getNamedType, isInputObjectType, type GraphQLInputObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { buildHubSchema } from '../../src/schema';
import { batchArgument, convertItems, itemShape } from '../../src/common/batch-items';
import { SCHOOLS_BY_DANE_SQL } from '../../src/inbound/batch';
import { startTestHub, type TestHub } from '../support/hub';
import { createSchool, createSecretariat } from '../support/factories';
import { selfEvaluationItem } from '../support/inbound-factories';
import { Role } from '../../src/common/auth/roles';

/**
 * Issue 14, third pass: the boundary converts the items of an inbound batch into instances of their class itself
 * (src/common/batch-items.ts) instead of type-graphql. They must be the objects type-graphql would give: the same
 * prototype, the same own keys in the same order (the order in which a batch lists an item's text problems), the same
 * values. type-graphql's own conversion is called here (its internal module, for the comparison only).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const typeGraphqlConversion = require(path.join(path.dirname(require.resolve('type-graphql')), 'resolvers', 'convert-args.js')) as {
  convertArgToInstance(arg: { name: string; getType: () => Function }, args: Record<string, unknown>): unknown;
};

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildHubSchema();
});

/** Every mutation argument of a `…BatchInput` type, with its class. */
function batchTypes() {
  const out: { field: string; arg: string; typeName: string; cls: Function }[] = [];
  for (const field of Object.values(schema.getMutationType()!.getFields())) {
    for (const arg of field.args) {
      const named = getNamedType(arg.type);
      if (!isInputObjectType(named) || !named.name.endsWith('BatchInput')) continue;
      const cls = getMetadataStorage().inputTypes.find((t) => t.name === named.name)!.target;
      out.push({ field: field.name, arg: arg.name, typeName: named.name, cls });
    }
  }
  return out;
}

/** Values of the kinds graphql-js hands over for a field of this type (null-prototype objects, as it builds them). */
function sampleItems(itemTypeName: string): Record<string, unknown>[] {
  const type = schema.getType(itemTypeName);
  if (!isInputObjectType(type)) throw new Error(itemTypeName);
  const fields = Object.values(type.getFields());
  const value = (i: number, n: number) => {
    const f = fields[i];
    const named = getNamedType(f.type).name;
    const list = String(f.type).includes('[');
    const one = named === 'Int' || named === 'Float' ? n : named === 'Boolean' ? n % 2 === 0 : named === 'DateTimeISO' ? new Date(Date.UTC(2026, 0, 1 + n)) : `v${n}-${f.name}`;
    return list ? [one, one] : one;
  };
  const items: Record<string, unknown>[] = [];
  for (let n = 0; n < 40; n++) {
    const o = Object.create(null) as Record<string, unknown>;
    fields.forEach((f, i) => {
      // Every field given, left out, or null (when nullable), in a pattern that varies by item.
      const pick = (n + i) % 3;
      if (pick === 0 || String(f.type).endsWith('!')) o[f.name] = value(i, n);
      else if (pick === 1) o[f.name] = null;
    });
    items.push(o);
  }
  return items;
}

describe('items of inbound batches converted by the boundary', () => {
  it('are the objects type-graphql builds, for every batch type whose items have no input object inside', () => {
    const converted: string[] = [];
    for (const { field, arg, typeName, cls } of batchTypes()) {
      const def = schema.getMutationType()!.getFields()[field].args.find((a) => a.name === arg)!;
      const batch = batchArgument([def]);
      const itemTypeName = getNamedType((getNamedType(def.type) as GraphQLInputObjectType).getFields().items.type).name;
      if (!batch) {
        // Items with input objects inside stay with type-graphql.
        const itemType = schema.getType(itemTypeName);
        expect(isInputObjectType(itemType) && itemShape(itemType)).toBeFalsy();
        continue;
      }
      const items = sampleItems(itemTypeName);
      const theirs = (typeGraphqlConversion.convertArgToInstance({ name: arg, getType: () => cls }, { [arg]: { items } }) as { items: object[] }).items;
      const ours = convertItems(batch.item, items)!;
      expect(ours).toHaveLength(theirs.length);
      ours.forEach((o, i) => {
        expect(Object.getPrototypeOf(o)).toBe(Object.getPrototypeOf(theirs[i]));
        expect(Object.keys(o)).toEqual(Object.keys(theirs[i]));
        for (const k of Object.keys(o)) expect((o as Record<string, unknown>)[k]).toBe((theirs[i] as Record<string, unknown>)[k]);
      });
      converted.push(typeName);
    }
    // The flat ones: D01.03, D02.02, C02.02, D02.05 and retractions at least.
    expect(converted).toEqual(expect.arrayContaining(['SelfEvaluationBatchInput', 'PeiUpdateBatchInput', 'EducationModelBatchInput', 'RetractionBatchInput']));
  });

  it('are left to type-graphql when one holds a value it would not pass on as it is', () => {
    const type = schema.getType('SelfEvaluationItemInput');
    const shape = isInputObjectType(type) ? itemShape(type) : null;
    expect(shape).not.toBeNull();
    expect(convertItems(shape!, [{ daneCode: '105001000011' }, { daneCode: { nested: true } }])).toBeNull();
    expect(convertItems(shape!, [null])).toBeNull();
    expect(convertItems(shape!, 'not a list')).toBeNull();
  });
});

describe('DateTimeISO variables', () => {
  it('give a new Date of the same instant for a text seen before, and refuse a bad text every time', () => {
    const scalar = schema.getType('DateTimeISO') as unknown as { parseValue(v: unknown): unknown };
    const a = scalar.parseValue('2026-03-01T10:00:00.5+02:00') as Date;
    const b = scalar.parseValue('2026-03-01T10:00:00.5+02:00') as Date;
    expect(a).not.toBe(b);
    expect(b.getTime()).toBe(new Date('2026-03-01T10:00:00.5+02:00').getTime());
    expect(() => scalar.parseValue('2026-02-30T10:00:00Z')).toThrow('DateTime cannot represent an invalid date-time-string 2026-02-30T10:00:00Z.');
    expect(() => scalar.parseValue('2026-02-30T10:00:00Z')).toThrow('DateTime cannot represent an invalid date-time-string 2026-02-30T10:00:00Z.');
  });
});

describe('a D01.03 batch through GraphQL', () => {
  let hub: TestHub;
  afterAll(() => hub?.stop());

  it('lists an item’s text problems in the class’s field order, and reads its schools through the DANE code index', async () => {
    hub = await startTestHub();
    const se = (await createSecretariat(hub)).code;
    const dane = (await createSchool(hub, se)).daneCode;
    const token = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: se });
    const item = { ...selfEvaluationItem(dane, 0, '2026-03-01T10:00:00Z'), evidence: 'a\u0000b', externalId: 'x\u0001y' };
    const res = await hub.gql<{ r: { rejected: number; created: number; items: { violations: { field: string }[] | null }[] } }, unknown>(
      `mutation($input: SelfEvaluationBatchInput!) { r: ingestSelfEvaluations(input: $input) { created rejected items { violations { field } } } }`,
      { input: { items: [item, selfEvaluationItem(dane, 1, '2026-03-01T10:00:00Z')] } },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.r.created).toBe(1);
    // externalId is declared first (NaturalKeyItemInput), evidence last: the order type-graphql's instances have.
    expect(res.data!.r.items[0].violations!.map((v) => v.field)).toEqual(['input.items.0.externalId', 'input.items.0.evidence']);

    // The schools of a batch by their char(12) codes: an index probe, not a scan of every school with a cast per row.
    const plan: { 'QUERY PLAN': string }[] = await hub.runtime.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      return tx.query(`EXPLAIN ${SCHOOLS_BY_DANE_SQL}`, [[dane]]);
    });
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Index|Bitmap/);
    expect(text).not.toMatch(/Seq Scan/);
  });
});
