import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput, FieldProblems } from '../errors/app-error';

function collect(errors: ValidationError[], prefix = '', into: FieldProblems = {}): FieldProblems {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) into[path] = Object.values(error.constraints);
    if (error.children?.length) collect(error.children, path, into);
  }
  return into;
}

/** class-validator on every input; failures become one BAD_USER_INPUT that names each field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
  });
}
