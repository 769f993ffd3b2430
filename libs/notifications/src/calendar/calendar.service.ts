import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Database, notFound, RequestContext } from '@small-places/platform';
import ical from 'ical-generator';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { CalendarEntry, CalendarSources } from './calendar-sources';

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
    private readonly sources: CalendarSources,
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
      name: 'Small Places',
      prodId: '//Small Places//Deadlines and bookings//EN',
      ttl: 3600,
    });
    for (const entry of await this.entries(feed.user_id)) {
      const url = `${this.config.webUrl}${entry.webPath}`;
      calendar.createEvent({
        id: `${entry.id}@small-places`,
        ...('on' in entry.when
          ? { start: new Date(`${entry.when.on}T12:00:00Z`), allDay: true }
          : { start: entry.when.start, end: entry.when.end }),
        summary: entry.summary,
        // Calendar apps that hide URL still show the description.
        description: `${entry.description}\n\n${url}`,
        url,
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

  /** Each loaded context's events for the person (compliance, CRM, bookings), each source capped. */
  private async entries(userId: string): Promise<CalendarEntry[]> {
    const perSource = await Promise.all(
      this.sources.all().map((source) => source.entriesFor(userId, MAX_EVENTS)),
    );
    return perSource.flat();
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
