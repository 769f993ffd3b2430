import { Injectable } from '@nestjs/common';
import { Database } from '@small-places/platform';

/** One check the public may see: what was checked and when; never a file, reference or name. */
export interface CheckMade {
  requirementCode: string;
  title: string;
  /** The London date (YYYY-MM-DD) a Catalyst last checked it (the latest among its members' items). */
  checkedOn: string;
  /** When it runs out: the earliest expiry among its items; null when it does not expire. */
  runsOutOn: string | null;
}

export interface ChecksOfEnterprise {
  checks: CheckMade[];
  /** The most recent check: the Open Referral `assured_date`. Null before any. */
  assuredOn: string | null;
}

/**
 * What the public may know of an enterprise's compliance (PRODUCT.md §3.3: which checks were made and when):
 * each mandatory requirement whose every applicable, unwaived item is DONE, checked by a Catalyst and
 * unexpired, dated by the Catalyst's latest check. The same rule as blocksVerification, read for the public.
 * One statement for any number of enterprises.
 */
@Injectable()
export class ChecksMade {
  constructor(private readonly db: Database) {}

  async of(enterpriseIds: readonly string[], today: string): Promise<Map<string, ChecksOfEnterprise>> {
    const found = new Map<string, ChecksOfEnterprise>(
      enterpriseIds.map((id) => [id, { checks: [], assuredOn: null }]),
    );
    if (enterpriseIds.length === 0) return found;
    const rows = (await this.db.manager.query(
      `SELECT ci.enterprise_id, r.code, r.title,
              to_char(max(ci.checked_at AT TIME ZONE 'Europe/London'), 'YYYY-MM-DD') AS checked_on,
              to_char(min(ci.expires_on), 'YYYY-MM-DD') AS runs_out_on
         FROM checklist_items ci
         JOIN requirements r ON r.code = ci.requirement_code
        WHERE ci.enterprise_id = ANY($1::uuid[])
          AND ci.applicable
          AND r.mandatory
          AND ci.status <> 'WAIVED'
        GROUP BY ci.enterprise_id, r.code, r.title, r.position
       HAVING bool_and(ci.status = 'DONE' AND ci.checked_at IS NOT NULL
                       AND (ci.expires_on IS NULL OR ci.expires_on >= $2::date))
        ORDER BY ci.enterprise_id, r.position`,
      [[...new Set(enterpriseIds)], today],
    )) as {
      enterprise_id: string;
      code: string;
      title: string;
      checked_on: string;
      runs_out_on: string | null;
    }[];
    for (const row of rows) {
      const entry = found.get(row.enterprise_id)!;
      entry.checks.push({
        requirementCode: row.code,
        title: row.title,
        checkedOn: row.checked_on,
        runsOutOn: row.runs_out_on,
      });
      if (!entry.assuredOn || row.checked_on > entry.assuredOn) entry.assuredOn = row.checked_on;
    }
    return found;
  }
}
