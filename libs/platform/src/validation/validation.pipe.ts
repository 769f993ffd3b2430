import { ArgumentMetadata, ValidationError, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import { badInput, FieldProblems } from '../errors/app-error';
import { fastCheckOf } from './fast-check';

function collect(errors: ValidationError[], prefix = '', into: FieldProblems = {}): FieldProblems {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) into[path] = Object.values(error.constraints);
    if (error.children?.length) collect(error.children, path, into);
  }
  return into;
}

/**
 * class-validator, except where a fast check proves the input valid first (fast-check.ts): an input it
 * cannot vouch for goes to class-validator as before.
 */
class AppValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const checked = metadata.metatype ? fastCheckOf(metadata.metatype)?.(value) : undefined;
    return checked === undefined ? super.transform(value, metadata) : Promise.resolve(checked);
  }
}

/** class-validator on every input; failures become one BAD_USER_INPUT that names each field. */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe(VALIDATION_OPTIONS);
}

/** How class-validator is run on inputs (exported for the fast checks' tests, which compare with it). */
export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  stopAtFirstError: false,
  exceptionFactory: (errors) => {
    const fields = collect(errors);
    const first = Object.entries(fields)[0];
    const summary = first ? `${first[0]}: ${first[1][0]}` : 'Some of what you entered is not valid.';
    return badInput(`Please check what you entered. ${summary}`, fields);
  },
};
