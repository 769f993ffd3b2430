import { TestApp } from '@small-places/testing';

/**
 * Tables a refused or invalid call may legitimately write: an audit trail records the attempt, a throttle
 * counts it. Everything else must be byte-for-byte the same afterwards.
 */
const MAY_CHANGE = /audit|throttle/;

export type Fingerprint = Record<string, string>;

/** One md5 per table over every row, in a stable order: two equal fingerprints mean no row changed. */
export class DatabaseFingerprint {
  private sql?: string;

  constructor(private readonly t: TestApp) {}

  async take(): Promise<Fingerprint> {
    this.sql ??= await this.buildQuery();
    const rows = (await this.t.dataSource.query(this.sql)) as { name: string; digest: string }[];
    return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
  }

  /** The tables whose rows differ between two fingerprints. */
  static changed(before: Fingerprint, after: Fingerprint): string[] {
    const names = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...names].filter((name) => before[name] !== after[name]).sort();
  }

  private async buildQuery(): Promise<string> {
    const tables = (await this.t.dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )) as { name: string }[];
    return tables
      .map((table) => table.name)
      .filter((name) => !MAY_CHANGE.test(name))
      .map(
        (name) =>
          `SELECT '${name}' AS name, md5(coalesce(string_agg(row_text, E'\\n' ORDER BY row_text), '')) AS digest
             FROM (SELECT r::text AS row_text FROM "${name}" r) rows`,
      )
      .join('\nUNION ALL\n');
  }
}
