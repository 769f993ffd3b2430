import { Type } from '@nestjs/common';

/**
 * A hand-written proof that a plain input already meets every rule its class's decorators state, for the
 * one or two inputs on the hottest path (listing search: docs/performance.md, fourth pass). It returns the
 * instance the ValidationPipe would have made (trimmed where the class trims), or `undefined` whenever it
 * cannot prove the input valid: an odd type, a value out of range, a key it does not know. Then
 * class-validator decides as for any other input, so every refusal keeps its usual wording, and a check
 * can only ever be stricter than the decorators, never looser. Each check has a test that compares it with
 * class-validator over generated inputs.
 */
export type FastCheck<T> = (value: unknown) => T | undefined;

const FAST_CHECKS = new Map<Type<unknown>, FastCheck<unknown>>();

export function registerFastCheck<T>(type: Type<T>, check: FastCheck<T>): void {
  FAST_CHECKS.set(type, check as FastCheck<unknown>);
}

export function fastCheckOf(type: unknown): FastCheck<unknown> | undefined {
  return FAST_CHECKS.get(type as Type<unknown>);
}

/** The plain object's own keys are all among `allowed` (whitelisting would otherwise have a say). */
export function onlyKeys(value: unknown, allowed: ReadonlySet<string>): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key of Object.keys(value)) if (!allowed.has(key)) return false;
  return true;
}

/** Left out or null: what @IsOptional() lets through unchecked. */
export function absent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

/**
 * A string within `max` UTF-16 code units. class-validator counts characters, never more than code units,
 * so this is at least as strict; a minimum is checked only on plain ASCII, where the two counts agree.
 */
export function shortString(value: unknown, max: number, min = 0): value is string {
  if (typeof value !== 'string' || value.length > max) return false;
  return min === 0 || (value.length >= min && PRINTABLE_ASCII.test(value));
}

/** One of a TypeScript string enum's values (as @IsEnum checks). */
export function enumValue(value: unknown, values: ReadonlySet<unknown>): boolean {
  return values.has(value);
}

/** A finite number (as @IsNumber() with its defaults: no NaN, no infinities). */
export function finiteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Plain instances: what class-transformer makes of a flat plain object with no nested types. */
export function instanceOf<T extends object>(type: Type<T>, fields: Record<string, unknown>): T {
  return Object.assign(new type(), fields);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
