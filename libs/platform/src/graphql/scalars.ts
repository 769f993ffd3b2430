import { GraphQLScalarType, Kind } from 'graphql';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date in Europe/London, `YYYY-MM-DD`; kept as a string in code so no time zone creeps in. */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseLocalDate(value: unknown): string {
  if (!isLocalDate(value)) throw new TypeError(`Dates are written YYYY-MM-DD, for example 2027-03-01.`);
  return value;
}

export const LocalDateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date in Europe/London, written YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseLocalDate(value)),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Dates are written as a string, YYYY-MM-DD.');
    return parseLocalDate(ast.value);
  },
});
