import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Connection, decodeCursor, encodeCursor, PageArgs, pageSize } from '../graphql/pagination';

export interface SortKey<E> {
  /** SQL expression to order by, e.g. `enterprise.name`. */
  expression: string;
  /** The value of that expression for a loaded row. */
  value: (row: E) => unknown;
}

/**
 * Keyset pagination: stable while rows are added, one statement for the page and one for the count.
 * The last key must be unique (usually the id) so that no two rows share a position.
 */
export async function paginate<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  page: PageArgs,
  keys: SortKey<E>[],
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<Connection<E>> {
  const size = pageSize(page.first);
  const totalCount = await query.clone().getCount();
  const rows = query.clone();
  if (page.after) {
    const values = decodeCursor(page.after, keys.length);
    const params = Object.fromEntries(values.map((value, index) => [`cursor${index}`, value]));
    const left = keys.map((key) => key.expression).join(', ');
    const right = keys.map((_, index) => `:cursor${index}`).join(', ');
    rows.andWhere(`(${left}) ${direction === 'ASC' ? '>' : '<'} (${right})`, params);
  }
  keys.forEach((key, index) =>
    index === 0 ? rows.orderBy(key.expression, direction) : rows.addOrderBy(key.expression, direction),
  );
  const found = size === 0 ? [] : await rows.take(size + 1).getMany();
  const nodes = found.slice(0, size);
  const edges = nodes.map((node) => ({
    node,
    cursor: encodeCursor(keys.map((key) => serialise(key.value(node)))),
  }));
  return {
    totalCount,
    edges,
    pageInfo: { hasNextPage: found.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

function serialise(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
