import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

/** Leading and trailing spaces never mean anything in a name, title or reference. */
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Required text: trimmed, not empty, at most `max` characters. */
export const Text = (max: number) =>
  applyDecorators(Transform(trimmed), IsString(), MinLength(1), MaxLength(max));

/** An id a client sends in an input: malformed ones are refused as BAD_USER_INPUT before any lookup. */
export const Id = () => IsUUID('all', { message: '$property must be a valid id' });
