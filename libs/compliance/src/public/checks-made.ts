import { Injectable } from '@nestjs/common';
import { Database } from '@small-places/platform';

/** One check the public may see: what was checked and when; never a file, reference or name. */
export interface CheckMade {
  requirementCode: string;
  title: string;
  /** The latest completion date (YYYY-MM-DD) among the enterprise's current items for it. */
  checkedOn: string;
}

export interface ChecksOfEnterprise {
  checks: CheckMade[];
  /** The most recent check: the Open Referral `assured_date`. Null before any. */
  assuredOn: string | null;
}

/**
 * What the public may know of an enterprise's compliance (PRODUCT.md §3.3: which checks were made and when).
 * Until Catalysts check evidence item by item (issue 15), a check is an applicable item recorded DONE and not
 * yet expired, dated by its completion date (docs/openreferral.md says so). One statement for any number of
 * enterprises.
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
      `SELECT ci.enterprise_id, r.code, r.title, to_char(max(ci.completed_on), 'YYYY-MM-DD') AS checked_on
         FROM checklist_items ci
         JOIN requirements r ON r.code = ci.requirement_code
        WHERE ci.enterprise_id = ANY($1::uuid[])
          AND ci.applicable
          AND ci.status = 'DONE'
          AND ci.completed_on IS NOT NULL
          AND (ci.expires_on IS NULL OR ci.expires_on >= $2::date)
        GROUP BY ci.enterprise_id, r.code, r.title, r.position
        ORDER BY ci.enterprise_id, r.position`,
      [[...new Set(enterpriseIds)], today],
    )) as { enterprise_id: string; code: string; title: string; checked_on: string }[];
    for (const row of rows) {
      const entry = found.get(row.enterprise_id)!;
      entry.checks.push({ requirementCode: row.code, title: row.title, checkedOn: row.checked_on });
      if (!entry.assuredOn || row.checked_on > entry.assuredOn) entry.assuredOn = row.checked_on;
    }
    return found;
  }
}
