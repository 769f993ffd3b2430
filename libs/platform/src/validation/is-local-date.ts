import { ValidateBy, ValidationOptions } from 'class-validator';
import { isLocalDate } from '../graphql/scalars';

/**
 * A YYYY-MM-DD calendar date. The Date scalar checks the shape already; this also marks the field as
 * validated, so the whitelisting ValidationPipe keeps it.
 */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: (value: unknown) => isLocalDate(value),
        defaultMessage: () => '$property must be a date written YYYY-MM-DD',
      },
    },
    options,
  );
}

/** How far from today a date may be: further off, it is a typing slip (2206 for 2026), not a plan. */
export interface DateWindow {
  yearsBefore: number;
  yearsAfter: number;
}

/** Refuses a YYYY-MM-DD date more than the window's years before or after the current year. */
export function WithinYearsOfToday(
  window: DateWindow = { yearsBefore: 100, yearsAfter: 10 },
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'withinYearsOfToday',
      validator: {
        validate: (value: unknown) => {
          if (!isLocalDate(value)) return true;
          const year = Number(value.slice(0, 4));
          const thisYear = new Date().getUTCFullYear();
          return year >= thisYear - window.yearsBefore && year <= thisYear + window.yearsAfter;
        },
        defaultMessage: () =>
          `$property must be within ${window.yearsBefore} years before and ${window.yearsAfter} years after today`,
      },
    },
    options,
  );
}
