import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

/** Leading and trailing spaces never mean anything in a name, title or reference. */
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Required text: trimmed, not empty, at most `max` characters. */
export const Text = (max: number) =>
  applyDecorators(Transform(trimmed), IsString(), MinLength(1), MaxLength(max));

/**
 * Optional text: left out or null when there is none. An empty or blank string is refused rather than
 * stored, so "no note" has one spelling.
 */
export const OptionalText = (max: number) =>
  applyDecorators(
    IsOptional(),
    Transform(trimmed),
    IsString(),
    MinLength(1, { message: '$property must not be blank; leave it out instead' }),
    MaxLength(max),
  );

/** An id a client sends in an input: malformed ones are refused as BAD_USER_INPUT before any lookup. */
export const Id = () => IsUUID('all', { message: '$property must be a valid id' });

/** A list of ids: the same check on each. */
export const Ids = () => IsUUID('all', { each: true, message: 'each of $property must be a valid id' });
