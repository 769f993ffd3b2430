import { GraphQLSchemaHost } from '@nestjs/graphql';
import { INTERNAL_MESSAGE } from '@small-places/platform';
import { validCalls } from './bad-input-baselines';
import { DatabaseFingerprint } from './database-fingerprint';
import { invalidInputs } from './invalid-values';
import { documentFor, Operation, rootOperations } from './schema-operations';
import { atInstant, SecurityWorld, securityWorld } from './security-world';

/** What a server must never show a client: stack frames, source paths, database or ORM internals. */
const LEAKS = [
  /\n\s*at [\w.<>]+ \(/,
  /stacktrace/i,
  /\.(ts|js):\d+/,
  /node_modules/,
  /QueryFailedError|TypeORM|EntityNotFound|EntityMetadata/,
  /duplicate key|violates|relation "|column "|syntax error at|invalid input syntax/i,
  /INTERNAL_SERVER_ERROR/,
  new RegExp(INTERNAL_MESSAGE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
];

interface Answer {
  status: number;
  body: string;
  codes: string[];
  data: unknown;
}

/**
 * Every mutation, sent invalid values generated from its input types by someone allowed to call it:
 * always a client error with a stable code, nothing internal in the body, and no row changed. Every query
 * with arguments gets the same values; a read may treat an out-of-range filter as a wide one (a huge
 * `first` is clamped, an empty search text searches everything), so there an answer may also succeed, but
 * never with an internal error, a leak or a changed row.
 */
describe('bad input', () => {
  const calls = validCalls();
  let w: SecurityWorld;
  let operations: Map<string, Operation>;
  let fingerprint: DatabaseFingerprint;
  const tally = {
    sent: 0,
    mutations: 0,
    queries: 0,
    unexpected: 0,
    ignoredNulls: 0,
    codes: new Map<string, number>(),
  };

  beforeAll(async () => {
    w = await securityWorld();
    const schema = w.t.app.get(GraphQLSchemaHost).schema;
    operations = new Map(
      rootOperations(schema)
        .filter((operation) => operation.kind === 'Mutation' || operation.field.args.length > 0)
        .map((operation) => [operation.key, operation]),
    );
    fingerprint = new DatabaseFingerprint(w.t);
  }, 120_000);

  afterAll(async () => {
    const codes = [...tally.codes].map(([code, n]) => `${code} ${n}`).join(', ');
    console.log(
      `bad input: ${tally.sent} invalid inputs sent to ${tally.mutations} mutations and ` +
        `${tally.queries} queries (${codes}); ` +
        `${tally.ignoredNulls} explicit nulls on updates read as "unchanged"; ${tally.unexpected} unexpected results`,
    );
    await w?.t.close();
  });

  async function send(document: string, variables: unknown, token: string | undefined): Promise<Answer> {
    const response = await fetch(`${w.t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = await response.text();
    let parsed: { data?: unknown; errors?: { extensions?: { code?: string } }[] } = {};
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      // not JSON: reported below as having no code
    }
    const codes = (parsed.errors ?? []).map((error) => String(error.extensions?.code));
    return { status: response.status, body, codes, data: parsed.data };
  }

  it('knows a valid call of every mutation and every query with arguments, and of no other', () => {
    const missing = [...operations.keys()].filter((key) => !(key in calls));
    const stale = Object.keys(calls).filter((key) => !operations.has(key));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it.each(Object.keys(calls))(
    '%s: every invalid input refused with a stable code, nothing changed',
    async (key) => {
      const operation = operations.get(key);
      expect(operation).toBeDefined();
      const call = calls[key];
      const valid = call.args(w);
      const token = call.token(w);
      const problems: string[] = [];
      let before = await fingerprint.take();
      for (const invalid of invalidInputs(operation!, valid)) {
        const document = documentFor(
          operation!,
          Object.keys(invalid.args),
          undefined,
          invalid.inlineArgument,
        );
        const answer = await send(document, invalid.args, token);
        tally.sent += 1;
        const [code] = answer.codes;
        const outcome = code ?? 'answered (a read widened)';
        tally.codes.set(outcome, (tally.codes.get(outcome) ?? 0) + 1);
        const expected = invalid.typeName === 'ID' ? ['BAD_USER_INPUT', 'NOT_FOUND'] : ['BAD_USER_INPUT'];
        const widenedRead = operation!.kind === 'Query' && !answer.codes.length;
        // An explicit null on an update may be read as "unchanged": then the call succeeds and changes rows.
        const ignoredNull = invalid.mayBeIgnored === true && !answer.codes.length;
        if (ignoredNull) tally.ignoredNulls += 1;
        if (
          !widenedRead &&
          !ignoredNull &&
          (!answer.codes.length || !answer.codes.every((each) => expected.includes(each)))
        ) {
          problems.push(`${invalid.label}: expected ${expected.join('/')}, got ${answerOf(answer)}`);
        }
        const leak = LEAKS.find((pattern) => pattern.test(answer.body));
        if (leak) problems.push(`${invalid.label}: the body shows ${leak} (${answer.body.slice(0, 300)})`);
        const after = await fingerprint.take();
        const changed = DatabaseFingerprint.changed(before, after);
        if (changed.length && !ignoredNull) problems.push(`${invalid.label}: changed ${changed.join(', ')}`);
        before = after;
      }
      if (operation!.kind === 'Mutation') tally.mutations += 1;
      else tally.queries += 1;

      // The same call with nothing spoilt goes through: the refusals above were the invalid values'.
      const run = () => send(documentFor(operation!, Object.keys(valid)), valid, token);
      const answer = call.at ? await atInstant(w.t, call.at(w), run) : await run();
      if (answer.codes.length) problems.push(`the valid call failed: ${answerOf(answer)}`);
      tally.unexpected += problems.length;
      expect(problems).toEqual([]);
    },
  );
});

function answerOf(answer: Answer): string {
  if (!answer.codes.length) return `HTTP ${answer.status}, success ${answer.body.slice(0, 200)}`;
  return `HTTP ${answer.status} ${answer.codes.join(', ')}: ${answer.body.slice(0, 300)}`;
}
