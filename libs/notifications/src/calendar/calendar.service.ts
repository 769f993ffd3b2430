import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Database, notFound, RequestContext } from '@small-places/platform';
import ical from 'ical-generator';
import { createHash, createHmac, randomBytes } from 'node:crypto';

interface CalendarEntry {
  id: string;
  on: string;
  summary: string;
  description: string;
}

/** Most events a feed holds, so a Catalyst of a large Area still gets a feed a calendar app will load. */
const MAX_EVENTS = 2000;

/**
 * Private iCalendar feeds. The token is HMAC(JWT secret, a random nonce kept per user): the URL can be shown
 * again, a copy of the database alone cannot forge it, and resetting the nonce revokes the old URL.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async feedUrl(ctx: RequestContext): Promise<string> {
    const userId = ctx.signedIn.id;
    const [existing]: Array<{ nonce: string }> = await this.db.manager.query(
      `SELECT nonce FROM calendar_feeds WHERE user_id = $1`,
      [userId],
    );
    const nonce = existing?.nonce ?? (await this.store(userId, false));
    return this.urlFor(nonce);
  }

  async reset(ctx: RequestContext): Promise<string> {
    return this.urlFor(await this.store(ctx.signedIn.id, true));
  }

  /** The feed for a token, as iCalendar text; NOT_FOUND for a token that is unknown or was reset. */
  async feed(token: string): Promise<string> {
    const [feed]: Array<{ user_id: string }> = await this.db.manager.query(
      `SELECT f.user_id FROM calendar_feeds f JOIN identity_accounts u ON u.id = f.user_id
       WHERE f.token_hash = $1 AND u.open`,
      [sha256(token)],
    );
    if (!feed) throw notFound('That calendar');
    const calendar = ical({
      name: 'Small Places deadlines',
      prodId: '//Small Places//Deadlines//EN',
      ttl: 3600,
    });
    for (const entry of await this.entries(feed.user_id)) {
      calendar.createEvent({
        id: `${entry.id}@small-places`,
        start: new Date(`${entry.on}T12:00:00Z`),
        allDay: true,
        summary: entry.summary,
        description: entry.description,
        url: `${this.config.publicUrl}/`,
      });
    }
    return calendar.toString();
  }

  private async store(userId: string, replace: boolean): Promise<string> {
    const nonce = randomBytes(24).toString('base64url');
    const rows: Array<{ nonce: string }> = await this.db.manager.query(
      `INSERT INTO calendar_feeds (user_id, nonce, token_hash) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO ${replace ? 'UPDATE SET nonce = EXCLUDED.nonce, token_hash = EXCLUDED.token_hash, created_at = now()' : 'NOTHING'}
       RETURNING nonce`,
      [userId, nonce, sha256(this.tokenFor(nonce))],
    );
    if (rows.length > 0) return rows[0].nonce;
    // Someone else created it at the same moment: use theirs.
    const [existing]: Array<{ nonce: string }> = await this.db.manager.query(
      `SELECT nonce FROM calendar_feeds WHERE user_id = $1`,
      [userId],
    );
    return existing.nonce;
  }

  private tokenFor(nonce: string): string {
    return createHmac('sha256', this.config.jwtSecret).update(`calendar.${nonce}`).digest('base64url');
  }

  private urlFor(nonce: string): string {
    return `${this.config.publicUrl}/calendar/${this.tokenFor(nonce)}.ics`;
  }

  /**
   * Deadlines of the enterprises the user belongs to or coaches (as Catalyst of their Area), and open coaching
   * actions of those enterprises. Bookings join when they exist. Read-only SQL over compliance and CRM tables.
   */
  private async entries(userId: string): Promise<CalendarEntry[]> {
    const rows: CalendarEntry[] = await this.db.manager.query(
      `WITH mine AS (
         SELECT g.scope_id AS enterprise_id FROM grants g WHERE g.user_id = $1 AND g.kind = 'MEMBER_OF_ENTERPRISE'
         UNION
         SELECT e.id FROM enterprises e JOIN grants g ON g.scope_id = e.area_id
         WHERE g.user_id = $1 AND g.kind = 'CATALYST_OF_AREA'
       )
       (SELECT i.id::text AS id, i.attention_on::text AS on,
               e.name || ': ' || r.title || CASE WHEN i.member_name IS NULL THEN '' ELSE ' (' || i.member_name || ')' END
                 || CASE WHEN i.status IN ('TODO', 'IN_PROGRESS') THEN ' due' ELSE ' expires' END AS summary,
               r.guidance || coalesce(' ' || r.source_url, '') AS description
        FROM checklist_items i
        JOIN mine m ON m.enterprise_id = i.enterprise_id
        JOIN enterprises e ON e.id = i.enterprise_id
        JOIN requirements r ON r.code = i.requirement_code
        WHERE i.applicable AND i.attention_on IS NOT NULL AND i.status <> 'WAIVED'
        ORDER BY i.attention_on LIMIT ${MAX_EVENTS})
       UNION ALL
       (SELECT a.id::text, a.due_on::text, e.name || ': ' || a.title,
               'Coaching action agreed with your Catalyst. Mark it done in Small Places when it is.'
        FROM coaching_actions a
        JOIN mine m ON m.enterprise_id = a.enterprise_id
        JOIN enterprises e ON e.id = a.enterprise_id
        WHERE a.done_at IS NULL
        ORDER BY a.due_on LIMIT ${MAX_EVENTS})`,
      [userId],
    );
    return rows;
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
