import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLResponse } from '@small-places/testing';
import { AUTHORISATION_CASES, ROUTE_CASES } from './authorisation-cases';
import { DatabaseFingerprint } from './database-fingerprint';
import { permissionDeclarations } from './permission-declarations';
import {
  documentFor,
  idPaths,
  Operation,
  rootOperations,
  sampleArguments,
  takesAnId,
} from './schema-operations';
import {
  atInstant,
  OUTSIDER_ROLES,
  RoleName,
  SecurityWorld,
  securityWorld,
  UNAUTHENTICATED_ROLES,
} from './security-world';

const REFUSED = ['FORBIDDEN', 'NOT_FOUND'];

/**
 * Every operation that takes an id, called by everyone it does not belong to: refused, and no row changed.
 * The cases are in authorisation-cases.ts; docs/security.md explains how to add one.
 */
describe('authorisation matrix', () => {
  let w: SecurityWorld;
  let operations: Map<string, Operation>;
  let declarations: Map<string, string>;
  let fingerprint: DatabaseFingerprint;
  const tally = {
    outsiderCalls: 0,
    ownerCalls: 0,
    routeCalls: 0,
    anonymous: 0,
    nonAdmin: 0,
    unexpected: 0,
    operations: new Set<string>(),
  };

  beforeAll(async () => {
    w = await securityWorld();
    const schema = w.t.app.get(GraphQLSchemaHost).schema;
    operations = new Map(rootOperations(schema).map((operation) => [operation.key, operation]));
    declarations = permissionDeclarations(w.t.app);
    fingerprint = new DatabaseFingerprint(w.t);
  }, 120_000);

  afterAll(async () => {
    console.log(
      `authorisation matrix: ${tally.operations.size} operations; ${tally.outsiderCalls} outsider calls ` +
        `(${Object.keys(AUTHORISATION_CASES).length} id-taking operations × ${OUTSIDER_ROLES.length} roles), ` +
        `${tally.ownerCalls} owner calls, ${tally.anonymous} anonymous and ${tally.nonAdmin} non-Admin calls ` +
        `to operations without ids, ${tally.routeCalls} calls to REST routes with ids; ` +
        `${tally.unexpected} unexpected results`,
    );
    await w?.t.close();
  });

  /** Calls as `role`; returns the problems seen: a wrong answer or a changed table. */
  async function expectRefused(
    operation: Operation,
    args: Record<string, unknown>,
    role: RoleName,
    expected: string[],
  ) {
    const before = await fingerprint.take();
    const response = await w.t.client.request(documentFor(operation, Object.keys(args)), args, {
      token: w.tokenOf(role),
    });
    const changed = DatabaseFingerprint.changed(before, await fingerprint.take());
    const problems: string[] = [];
    const code = response.errors?.[0]?.extensions?.code;
    if (!code || !expected.includes(code))
      problems.push(`${role}: expected ${expected.join('/')}, got ${answerOf(response)}`);
    if (changed.length) problems.push(`${role}: changed ${changed.join(', ')}`);
    return problems;
  }

  it('has a case for every operation that takes an id, and no case for one that does not', () => {
    const needCases = [...operations.values()].filter(takesAnId).map((operation) => operation.key);
    const missing = needCases.filter((key) => !(key in AUTHORISATION_CASES));
    const stale = Object.keys(AUTHORISATION_CASES).filter((key) => !needCases.includes(key));
    expect({
      missing: missing.map((key) => `${key} (${idPaths(operations.get(key)!).join(', ')})`),
      stale,
    }).toEqual({
      missing: [],
      stale: [],
    });
  });

  it.each(Object.keys(AUTHORISATION_CASES))('%s: refused to outsiders, allowed to its owner', async (key) => {
    const operation = operations.get(key);
    expect(operation).toBeDefined();
    const matrixCase = AUTHORISATION_CASES[key];
    const args = matrixCase.args(w);
    const document = documentFor(operation!, Object.keys(args), matrixCase.selection);
    const isPublic = declarations.get(key) === 'Public';
    const problems: string[] = [];

    for (const role of OUTSIDER_ROLES) {
      const before = await fingerprint.take();
      const response = await w.t.client.request(document, args, { token: w.tokenOf(role) });
      const changed = DatabaseFingerprint.changed(before, await fingerprint.take());
      const code = response.errors?.[0]?.extensions?.code;
      if (role === 'closedAccount' || (role === 'anonymous' && !isPublic)) {
        if (code !== 'UNAUTHENTICATED')
          problems.push(`${role}: expected UNAUTHENTICATED, got ${answerOf(response)}`);
      } else if (!response.errors && matrixCase.outsiderAnswerRevealsNothing && response.data) {
        if (!matrixCase.outsiderAnswerRevealsNothing(response.data))
          problems.push(`${role}: the answer reveals side A: ${JSON.stringify(response.data)}`);
      } else if (!code || !REFUSED.includes(code)) {
        problems.push(`${role}: expected FORBIDDEN or NOT_FOUND, got ${answerOf(response)}`);
      }
      if (changed.length) problems.push(`${role}: changed ${changed.join(', ')}`);
      tally.outsiderCalls += 1;
    }

    const allowed = () =>
      w.t.client.request<Record<string, unknown>>(document, args, { token: w.tokenOf(matrixCase.allowed) });
    const before = await fingerprint.take();
    const response = matrixCase.allowedAt
      ? await atInstant(w.t, matrixCase.allowedAt(w), allowed)
      : await allowed();
    const changed = DatabaseFingerprint.changed(before, await fingerprint.take());
    if (response.errors?.length || !response.data) {
      problems.push(`${matrixCase.allowed} (allowed): expected success, got ${answerOf(response)}`);
    } else if (matrixCase.allowedAnswerIsRight && !matrixCase.allowedAnswerIsRight(response.data)) {
      problems.push(`${matrixCase.allowed} (allowed): unexpected answer ${JSON.stringify(response.data)}`);
    } else if (operation!.kind === 'Mutation' && !changed.length) {
      // A mutation that succeeds writes something: proof that the fingerprint sees this operation's tables.
      problems.push(`${matrixCase.allowed} (allowed): succeeded but no table changed`);
    }
    tally.ownerCalls += 1;
    tally.unexpected += problems.length;
    tally.operations.add(key);
    expect(problems).toEqual([]);
  });

  it('has a case for every REST route with an id in its path that is not public, and for no other', () => {
    const needCases = [...declarations]
      .filter(([route, allow]) => /^[A-Z]+ \//.test(route) && route.includes('/:') && allow !== 'Public')
      .map(([route]) => route);
    const missing = needCases.filter((route) => !(route in ROUTE_CASES));
    const stale = Object.keys(ROUTE_CASES).filter((route) => !needCases.includes(route));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it.each(Object.keys(ROUTE_CASES))('%s: refused to outsiders, allowed to its owner', async (route) => {
    const routeCase = ROUTE_CASES[route];
    const url = `${w.t.url}${routeCase.url(w)}`;
    const get = (role: RoleName) => {
      const token = w.tokenOf(role);
      return fetch(url, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        ...(routeCase.send ? { method: routeCase.send.method, body: routeCase.send.body?.() } : {}),
      });
    };
    const problems: string[] = [];
    for (const role of OUTSIDER_ROLES) {
      const before = await fingerprint.take();
      const response = await get(role);
      const body = await response.text();
      const changed = DatabaseFingerprint.changed(before, await fingerprint.take());
      const expected = UNAUTHENTICATED_ROLES.includes(role) ? [401] : [403, 404];
      if (!expected.includes(response.status)) {
        problems.push(
          `${role}: expected ${expected.join('/')}, got ${response.status} ${body.slice(0, 200)}`,
        );
      }
      if (changed.length) problems.push(`${role}: changed ${changed.join(', ')}`);
      tally.routeCalls += 1;
    }
    const response = await get(routeCase.allowed);
    const allowedStatus = routeCase.send?.allowedStatus ?? 200;
    if (response.status !== allowedStatus) {
      problems.push(
        `${routeCase.allowed} (allowed): expected ${allowedStatus}, got ${response.status} ${await response.text()}`,
      );
    }
    tally.routeCalls += 1;
    tally.unexpected += problems.length;
    expect(problems).toEqual([]);
  });

  it('refuses anonymous callers every operation without an id that is not public', async () => {
    const problems: string[] = [];
    for (const operation of operations.values()) {
      if (takesAnId(operation) || declarations.get(operation.key) === 'Public') continue;
      problems.push(
        ...(await expectRefused(operation, sampleArguments(operation), 'anonymous', ['UNAUTHENTICATED'])),
      );
      tally.anonymous += 1;
      tally.operations.add(operation.key);
    }
    tally.unexpected += problems.length;
    expect(tally.anonymous).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('refuses everyone but an Admin the Admin-only operations without an id', async () => {
    const problems: string[] = [];
    for (const operation of operations.values()) {
      if (takesAnId(operation) || declarations.get(operation.key) !== 'Administer') continue;
      for (const role of [...OUTSIDER_ROLES, 'catalystA', 'memberA', 'holderA', 'delegateA'] as RoleName[]) {
        if (role === 'anonymous') continue;
        const refusal = UNAUTHENTICATED_ROLES.includes(role) ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        problems.push(...(await expectRefused(operation, sampleArguments(operation), role, [refusal])));
        tally.nonAdmin += 1;
      }
    }
    tally.unexpected += problems.length;
    expect(tally.nonAdmin).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

function answerOf(response: GraphQLResponse<unknown>): string {
  if (!response.errors?.length) return `success ${JSON.stringify(response.data)}`;
  const [error] = response.errors;
  return `${String(error.extensions?.code)} (${error.message})`;
}
