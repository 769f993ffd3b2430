import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, MaxLength, Min } from 'class-validator';
import { badInput } from '../errors/app-error';
import { absent, instanceOf, registerFastCheck, shortString } from '../validation/fast-check';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many to return: default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  first?: number;

  @Field({ nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(512)
  after?: string;
}

// Every search asks for a page: the same rules as the decorators above (fast-check.ts). `@Args()` hands the
// pipe all of an operation's arguments; like the whitelist, the check keeps only the page's own.
registerFastCheck(PageArgs, (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { first, after } = value as { first?: unknown; after?: unknown };
  const valid =
    (absent(first) || (Number.isInteger(first) && (first as number) >= 0)) &&
    (absent(after) || shortString(after, 512));
  if (!valid) return undefined;
  const page: Record<string, unknown> = {};
  const own = (key: string) => Object.prototype.hasOwnProperty.call(value, key);
  if (own('first')) page.first = first;
  if (own('after')) page.after = after;
  return instanceOf(PageArgs, page);
});

/** `first` clamped to the cap; larger requests are served a full page rather than refused. */
export function pageSize(first: number | undefined | null): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(first, 0), MAX_PAGE_SIZE);
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T, E extends Edge<T> = Edge<T>> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: E[];
}

/**
 * Relay-style connection type for a node type; one per node, named `<Node>Connection` and `<Node>Edge`
 * (a DTO class's `Type` suffix dropped).
 * A caller may pass its own edge class when edges carry more than the cursor (search distance, say), and
 * extend the result with fields of its own (`isAbstract`, then `@ObjectType('<Node>Connection') class …
 * extends ConnectionType(Node, undefined, { isAbstract: true })`), so every list has the one shape.
 */
export function ConnectionType<T>(
  nodeType: Type<T>,
  edgeType?: Type<Edge<T>>,
  options: { isAbstract?: boolean } = {},
): Type<Connection<T>> {
  // DTO classes are named `EnterpriseType` for the GraphQL type `Enterprise`.
  const name = nodeType.name.replace(/Type$/, '');
  let edge = edgeType;
  if (!edge) {
    @ObjectType(`${name}Edge`)
    class DefaultEdge {
      @Field() cursor: string;
      @Field(() => nodeType) node: T;
    }
    edge = DefaultEdge;
  }

  @ObjectType(`${name}Connection`, { isAbstract: options.isAbstract ?? false })
  class ConnectionClass {
    @Field(() => Int) totalCount: number;
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => [edge!]) edges: Edge<T>[];
  }
  return ConnectionClass;
}

/** Cursors are opaque to clients: base64url of the sort-key values of the row they point at. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Only the scalars encodeCursor writes: a crafted cursor holding objects or lists is refused here, one holding
    // a string of the wrong kind for its column is refused by PostgreSQL (CLIENT_VALUE_ERROR_CODES).
    const scalar = (value: unknown) =>
      value === null || ['string', 'number', 'boolean'].includes(typeof value);
    if (Array.isArray(values) && values.length === length && values.every(scalar)) return values;
  } catch {
    // fall through to the error below
  }
  throw badInput('That page cursor is not valid. Start again from the first page.', {
    after: ['is not a valid cursor'],
  });
}
