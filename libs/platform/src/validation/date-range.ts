import { badInput } from '../errors/app-error';
import { isLocalDate } from '../graphql/scalars';

/** The `from` and `to` query parameters of a CSV download, both YYYY-MM-DD, or BAD_USER_INPUT. */
export function dateRangeParams(from: unknown, to: unknown): { from: string; to: string } {
  if (!isLocalDate(from) || !isLocalDate(to)) {
    throw badInput('Give from and to as YYYY-MM-DD.', {
      from: ['must be YYYY-MM-DD'],
      to: ['must be YYYY-MM-DD'],
    });
  }
  return { from, to };
}
