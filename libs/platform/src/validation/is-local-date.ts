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
