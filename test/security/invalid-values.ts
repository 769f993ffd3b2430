import {
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { Operation, sampleValue } from './schema-operations';

/** One bad call: the valid arguments with one value made invalid. */
export interface InvalidInput {
  /** Where, as `input.pricePence` or `ids[0]`, and what: `input.pricePence: negative`. */
  label: string;
  /** The named type of the spoilt value: ID values may also be answered NOT_FOUND. */
  typeName: string;
  args: Record<string, unknown>;
  /** An argument written into the call itself (one the operation does not have). */
  inlineArgument?: string;
  /**
   * An explicit null for an optional field of an update: it may be refused (BAD_USER_INPUT) or read as
   * "unchanged" and the call succeed; never an internal error.
   */
  mayBeIgnored?: boolean;
}

export const ONE_MEGABYTE = 1024 * 1024;
/** Longer than any text field allows (the longest, a description, stops at a few thousand). */
const TOO_LONG = 20_000;

type Variant = [what: string, value: unknown];

/** Well-formed cursors (base64url JSON) of the wrong shape: what a person editing a URL might send. */
const CRAFTED_CURSORS: [string, unknown[]][] = [
  ['crafted cursor: an object inside', [{ id: 1 }]],
  ['crafted cursor: one key of the wrong kind', ['not-a-date-or-id']],
  ['crafted cursor: two keys of the wrong kind', ['not-a-date', 'not-an-id']],
  ['crafted cursor: three keys of the wrong kind', [true, 'not-a-date', 'x']],
];

/** Secrets are never trimmed: a password of spaces is merely a wrong password (UNAUTHENTICATED). */
const SPACES_ARE_CONTENT = ['password'];

/** Values no field of this scalar should accept: wrong types, empty, too long, out of range, malformed. */
function invalidScalars(name: string): Variant[] {
  switch (name) {
    case 'String':
      return [
        ['wrong type (number)', 12345],
        ['wrong type (object)', { text: 'x' }],
        ['empty', ''],
        ['only spaces', '   '],
        ['too long', 'x'.repeat(TOO_LONG)],
        ['1 MB', 'x'.repeat(ONE_MEGABYTE)],
        ['a NUL character', 'a\u0000b'],
      ];
    case 'ID':
      return [
        ['malformed', 'not-an-id'],
        ['empty', ''],
        ['wrong type (number)', 12345],
        ['SQL in an id', "1' OR '1'='1"],
        ['too long', 'f'.repeat(TOO_LONG)],
        ['a NUL character', '6f1c1a52-4bd1-4b6e-9a43-1d7c0f1b2c3d\u0000'],
      ];
    case 'Int':
      return [
        ['wrong type (string)', 'seven'],
        ['negative', -1],
        ['huge', 2_147_483_647],
        ['beyond 32 bits', 2 ** 40],
        ['fraction', 1.5],
      ];
    case 'Float':
      return [
        ['wrong type (string)', 'three'],
        ['negative', -1],
        ['huge', 1e300],
      ];
    case 'Boolean':
      return [
        ['wrong type (string)', 'yes'],
        ['wrong type (number)', 1],
      ];
    case 'Date':
      return [
        ['far future', '9999-12-31'],
        ['long past', '0001-01-01'],
        ['impossible day', '2027-02-30'],
        ['malformed', 'next tuesday'],
        ['with a time', '2027-03-01T10:00:00Z'],
        ['wrong type (number)', 20270301],
      ];
    case 'DateTime':
      return [
        ['far future', '9999-12-31T10:00:00.000Z'],
        ['long past', '0001-01-01T10:00:00.000Z'],
        ['impossible', '2027-02-30T25:61:00Z'],
        ['malformed', 'soon'],
        ['wrong type (boolean)', true],
      ];
    default:
      throw new Error(`No invalid values for the scalar ${name}: add them to invalid-values.ts`);
  }
}

/**
 * Every invalid variant of an operation's valid arguments: for each argument and each field inside its
 * inputs (present or optional), the scalar's invalid values, null and absence where required, an unknown
 * enum value, and an input object with an extra field.
 */
export function invalidInputs(operation: Operation, valid: Record<string, unknown>): InvalidInput[] {
  const found: InvalidInput[] = [];
  /** The input object type found at each path, so a field knows whose it is. */
  const inputTypeAt = new Map<string, string>();

  /**
   * `base` is the valid arguments, with a well-typed sample filled in where an optional input object or
   * list was left out, so a spoilt value inside it is the only thing wrong.
   */
  const visit = (
    type: GraphQLInputType,
    path: (string | number)[],
    base: Record<string, unknown>,
    hasDefault: boolean,
    seen: Set<string>,
  ) => {
    const spoil = (value: unknown, typeName: string, what: string, omit = false, mayBeIgnored = false) =>
      found.push({
        label: `${formatPath(path)}: ${what}`,
        typeName,
        args: withValueAt(base, path, value, omit),
        ...(mayBeIgnored ? { mayBeIgnored } : {}),
      });
    const current = valueAt(base, path);
    const parentType = path.length > 1 ? inputTypeAt.get(formatPath(path.slice(0, -1))) : undefined;
    if (!isNonNullType(type) && parentType?.startsWith('Update')) {
      spoil(null, 'null', 'explicit null for an optional field of an update', false, true);
    }
    if (path[path.length - 1] === 'after' && isScalarType(type) && type.name === 'String') {
      for (const [what, values] of CRAFTED_CURSORS) {
        spoil(Buffer.from(JSON.stringify(values)).toString('base64url'), 'String', what);
      }
    }
    if (isNonNullType(type)) {
      spoil(null, 'null', 'null where required');
      // Leaving out a field with a default value is fine; a list item cannot be left out.
      if (!hasDefault && typeof path[path.length - 1] === 'string')
        spoil(undefined, 'null', 'left out', true);
      visit(type.ofType, path, base, hasDefault, seen);
      return;
    }
    if (isListType(type)) {
      const filled =
        Array.isArray(current) && current.length > 0
          ? base
          : withValueAt(base, path, [sampleValue(type.ofType)], false);
      visit(type.ofType, [...path, 0], filled, false, seen);
      return;
    }
    if (isEnumType(type)) {
      spoil('NOT_A_VALUE', type.name, 'unknown enum value');
      spoil(3, type.name, 'wrong type (number)');
      return;
    }
    if (isScalarType(type)) {
      for (const [what, value] of invalidScalars(type.name)) {
        if (what === 'only spaces' && SPACES_ARE_CONTENT.includes(String(path[path.length - 1]))) continue;
        spoil(value, type.name, what);
      }
      return;
    }
    if (isInputObjectType(type)) {
      inputTypeAt.set(formatPath(path), type.name);
      const filled =
        current && typeof current === 'object' ? base : withValueAt(base, path, sampleValue(type), false);
      const object = valueAt(filled, path) as Record<string, unknown>;
      spoil('not an object', type.name, 'wrong type (string)');
      spoil({ ...object, unexpectedField: 'x' }, type.name, 'extra field');
      if (seen.has(type.name)) return;
      for (const field of Object.values(type.getFields())) {
        visit(
          field.type,
          [...path, field.name],
          filled,
          field.defaultValue !== undefined,
          new Set([...seen, type.name]),
        );
      }
    }
  };

  for (const arg of operation.field.args)
    visit(arg.type, [arg.name], valid, arg.defaultValue !== undefined, new Set());
  // An argument the operation does not have at all.
  found.push({
    label: 'unknownArgument: extra argument',
    typeName: 'none',
    args: valid,
    inlineArgument: 'unknownArgument: 1',
  });
  return found;
}

function valueAt(args: Record<string, unknown>, path: (string | number)[]): unknown {
  let node: unknown = args;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

function formatPath(path: (string | number)[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/** A deep copy of `args` with `value` at `path` (missing objects and lists made on the way). */
function withValueAt(
  args: Record<string, unknown>,
  path: (string | number)[],
  value: unknown,
  omit: boolean,
): Record<string, unknown> {
  const copy = structuredClone(args);
  let node: Record<string | number, unknown> = copy;
  for (const [i, part] of path.slice(0, -1).entries()) {
    const next = node[part];
    if (next === null || typeof next !== 'object') node[part] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[part] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (omit) delete node[last];
  else node[last] = value;
  return copy;
}
