import { Injectable } from '@nestjs/common';
import { AccessService } from '@small-places/identity';
import {
  badInput,
  Database,
  forbidden,
  isUuid,
  notFound,
  RequestContext,
  toCsv,
} from '@small-places/platform';
import { Area } from '../entities/area.entity';
import { TRADING_STAGES } from '../pipeline/pipeline-stage';

export interface ImpactReport {
  from: string;
  to: string;
  enterprisesSupported: number;
  newEnterprises: number;
  reachedTrading: number;
  medianDaysToTrading: number | null;
  jobsFte: number;
  peopleSupportedPerWeek: number;
  hoursPerWeek: number;
  coachingHours: number;
  listedEnterprises: number;
  verifiedEnterprises: number;
}

const MAX_REPORT_DAYS = 366 * 10;

/**
 * What a council funds Catalysts for, per Area and period (definitions in docs/crm.md). Dates are
 * Europe/London calendar days, both ends included.
 */
@Injectable()
export class ImpactService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
  ) {}

  async report(ctx: RequestContext, areaId: string, from: string, to: string): Promise<ImpactReport> {
    if (from > to)
      throw badInput('The report must start on or before the day it ends.', { from: ['is after to'] });
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_REPORT_DAYS) {
      throw badInput('Reports cover at most ten years.', { to: ['is too far after from'] });
    }
    const tx = this.db.manager;
    if (!isUuid(areaId) || !(await tx.getRepository(Area).exist({ where: { id: areaId } })))
      throw notFound('That Area');
    if (!(await this.access.isCatalystOf(tx, ctx, areaId))) throw forbidden();

    // Period bounds as instants in Europe/London, so "1 April" means the local day.
    const params = [areaId, from, to, TRADING_STAGES];
    const [row] = await tx.query(
      `WITH bounds AS (
         SELECT ($2::date)::timestamp AT TIME ZONE 'Europe/London' AS starts,
                ($3::date + 1)::timestamp AT TIME ZONE 'Europe/London' AS ends
       ),
       area_enterprises AS (SELECT * FROM enterprises WHERE area_id = $1),
       sessions AS (
         SELECT s.* FROM coaching_sessions s JOIN area_enterprises e ON e.id = s.enterprise_id
         WHERE s.held_on BETWEEN $2::date AND $3::date
       ),
       first_trading AS (
         SELECT m.enterprise_id, min(m.moved_at) AS traded_at
         FROM stage_moves m JOIN area_enterprises e ON e.id = m.enterprise_id
         WHERE m.to_stage = 'TRADING'
         GROUP BY m.enterprise_id
       ),
       reached AS (
         SELECT f.enterprise_id, EXTRACT(EPOCH FROM f.traded_at - e.created_at) / 86400 AS days
         FROM first_trading f JOIN area_enterprises e ON e.id = f.enterprise_id, bounds
         WHERE f.traded_at >= bounds.starts AND f.traded_at < bounds.ends
       ),
       trading AS (SELECT * FROM area_enterprises WHERE stage = ANY($4::text[]))
       SELECT
         (SELECT count(DISTINCT id)::int FROM (
            SELECT enterprise_id AS id FROM sessions
            UNION SELECT e.id FROM area_enterprises e, bounds WHERE e.created_at >= bounds.starts AND e.created_at < bounds.ends
         ) supported) AS enterprises_supported,
         (SELECT count(*)::int FROM area_enterprises e, bounds
            WHERE e.created_at >= bounds.starts AND e.created_at < bounds.ends) AS new_enterprises,
         (SELECT count(*)::int FROM reached) AS reached_trading,
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FROM reached) AS median_days_to_trading,
         (SELECT coalesce(sum(fte_headcount), 0) FROM trading) AS jobs_fte,
         (SELECT coalesce(sum(people_supported_per_week), 0)::int FROM trading) AS people_supported_per_week,
         (SELECT coalesce(sum(hours_per_week), 0) FROM trading) AS hours_per_week,
         (SELECT coalesce(sum(minutes), 0) FROM sessions) AS coaching_minutes,
         -- Listings are the marketplace's: this report reads their published states.
         (SELECT count(DISTINCT l.enterprise_id)::int FROM marketplace_listing_states l JOIN area_enterprises e ON e.id = l.enterprise_id
            WHERE l.status = 'PUBLISHED') AS listed_enterprises,
         (SELECT count(DISTINCT l.enterprise_id)::int FROM marketplace_listing_states l JOIN area_enterprises e ON e.id = l.enterprise_id
            WHERE l.status = 'PUBLISHED' AND l.verified) AS verified_enterprises`,
      params,
    );
    return {
      from,
      to,
      enterprisesSupported: row.enterprises_supported,
      newEnterprises: row.new_enterprises,
      reachedTrading: row.reached_trading,
      medianDaysToTrading:
        row.median_days_to_trading === null ? null : round(Number(row.median_days_to_trading), 1),
      jobsFte: round(Number(row.jobs_fte), 2),
      peopleSupportedPerWeek: row.people_supported_per_week,
      hoursPerWeek: round(Number(row.hours_per_week), 2),
      coachingHours: round(Number(row.coaching_minutes) / 60, 2),
      listedEnterprises: row.listed_enterprises,
      verifiedEnterprises: row.verified_enterprises,
    };
  }

  /** The same figures as CSV: one row per figure, for a council's spreadsheet. */
  asCsv(areaName: string, report: ImpactReport): string {
    const rows: [string, string | number | null][] = [
      ['Area', areaName],
      ['From', report.from],
      ['To', report.to],
      ['Enterprises supported', report.enterprisesSupported],
      ['New enterprises', report.newEnterprises],
      ['Reached trading', report.reachedTrading],
      ['Median days to trading', report.medianDaysToTrading],
      ['Jobs (FTE) in trading enterprises', report.jobsFte],
      ['People supported a week', report.peopleSupportedPerWeek],
      ['Hours of support a week', report.hoursPerWeek],
      ['Coaching hours', report.coachingHours],
      ['Enterprises listed now', report.listedEnterprises],
      ['Enterprises listed and verified now', report.verifiedEnterprises],
    ];
    return toCsv(['figure', 'value'], rows);
  }

  async areaName(areaId: string): Promise<string> {
    const area = await this.db.manager.getRepository(Area).findOne({ where: { id: areaId } });
    if (!area) throw notFound('That Area');
    return area.name;
  }
}

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
