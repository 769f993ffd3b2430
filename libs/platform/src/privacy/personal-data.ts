import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PlugIns, plugInPoint } from '../plug-ins/plug-ins';

/** The account being closed, and every personal string the contexts found for it. */
export interface ClosingAccount {
  userId: string;
  email: string;
  displayName: string;
  now: Date;
  /** The email, the name and what the person entered (notes, messages, labels…): scrubbed from free text. */
  personalStrings: string[];
}

/**
 * One context's share of a person's data (PRODUCT.md §3.9, docs/privacy.md). Each context marks one provider
 * `@PersonalData()`; the identity context's PrivacyService runs them all in one transaction, so no context reads
 * another's tables.
 */
export interface PersonalDataSection {
  /** The key of this section in the export. */
  name: string;
  /** Everything this context holds about the person, as plain JSON. */
  export(tx: EntityManager, userId: string): Promise<unknown>;
  /** Strings the person entered here that may have been copied into free text elsewhere. */
  personalStrings?(tx: EntityManager, userId: string): Promise<string[]>;
  /** Throws CONFLICT when the account cannot be closed yet (a booking still open, say). */
  assertClosable?(tx: EntityManager, userId: string): Promise<void>;
  /** Erases or anonymises this context's rows about the person, and scrubs their strings from its free text. */
  erase(tx: EntityManager, account: ClosingAccount): Promise<void>;
}

/** Marks a context's PersonalDataSection provider, so the registry finds it without being told. */
export const PersonalData = plugInPoint();

/** Every provider marked `@PersonalData()`, in whichever module it lives. */
@Injectable()
export class PersonalDataRegistry {
  private found?: PersonalDataSection[];

  constructor(private readonly plugIns: PlugIns) {}

  get sections(): readonly PersonalDataSection[] {
    this.found ??= this.plugIns.find<PersonalDataSection>(PersonalData).map(({ instance }) => instance);
    return this.found;
  }
}

/** Shorter strings are too likely to match ordinary words to be scrubbed blindly. */
/**
 * A section's personal strings from one query whose every row has a `text` column (a UNION of the columns that
 * hold them): the non-empty ones.
 */
export async function personalStringsFrom(
  tx: EntityManager,
  sql: string,
  params: unknown[],
): Promise<string[]> {
  const rows: { text: string | null }[] = await tx.query(sql, params);
  return rows.map((row) => row.text).filter((text): text is string => !!text);
}

export const MIN_SCRUBBED_LENGTH = 4;
export const REMOVED_TEXT = '[removed]';

/**
 * How to find a person's strings (those long enough to scrub): ILIKE patterns for SQL, one case-insensitive
 * regex for the text found. Null when there is nothing to look for.
 */
export function personalStringMatch(
  strings: readonly string[],
): { patterns: string[]; regex: RegExp } | null {
  const needles = [...new Set(strings.filter((s) => s.trim().length >= MIN_SCRUBBED_LENGTH))].sort(
    (a, b) => b.length - a.length,
  );
  if (needles.length === 0) return null;
  return {
    patterns: needles.map((needle) => `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
    regex: new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi'),
  };
}

/**
 * Replaces every occurrence of the strings in the named free-text columns of a table (case-insensitively),
 * touching only rows that contain one. Used by each context on its own tables when an account closes.
 */
export async function scrubFreeText(
  tx: EntityManager,
  table: string,
  columns: string[],
  strings: readonly string[],
): Promise<number> {
  const match = personalStringMatch(strings);
  if (!match) return 0;
  const { patterns, regex } = match;
  const matches = columns.map((column) => `${column} ILIKE ANY($1::text[])`).join(' OR ');
  const rows: Record<string, string | null>[] = await tx.query(
    `SELECT id, ${columns.join(', ')} FROM ${table} WHERE ${matches}`,
    [patterns],
  );
  for (const row of rows) {
    const values = columns.map((column) => row[column]?.replace(regex, REMOVED_TEXT) ?? null);
    const sets = columns.map((column, index) => `${column} = $${index + 2}`).join(', ');
    await tx.query(`UPDATE ${table} SET ${sets} WHERE id = $1`, [row.id, ...values]);
  }
  return rows.length;
}
