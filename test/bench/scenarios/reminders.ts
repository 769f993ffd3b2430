import { INestApplication } from '@nestjs/common';
import { ReminderScanService } from '@small-places/notifications';
import { DataSource } from 'typeorm';
import { createApi } from '../../../apps/api/src/bootstrap';
import { spawnWorker, startSmtpSink, tally } from '../../faults/fault-harness';
import { BenchEnv, BenchScenario, Figures, round } from '../scenario';

const ENTERPRISES = 100_000;
const ITEMS_PER_ENTERPRISE = 10;
const AS_OF = '2026-12-01';
/** Delivery is measured over this long (or until everything due is delivered). */
const DELIVERY_WINDOW_MS = 30_000;

/**
 * 1,000,000 checklist items with realistic dates: the daily scan (expire what lapsed yesterday, find every
 * reminder due, enqueue one job each), then a worker process delivering them in-app and by email to a local
 * SMTP sink.
 */
export const remindersBench: BenchScenario = {
  name: 'reminders',
  description: `daily reminder scan over ${ENTERPRISES * ITEMS_PER_ENTERPRISE} checklist items, then delivery`,
  async run(env: BenchEnv): Promise<Figures> {
    const database = await env.createDatabase();
    const queuePrefix = env.queuePrefix();
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: queuePrefix,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      DATABASE_POOL_SIZE: '10',
    });
    let app: INestApplication | undefined;
    const sink = await startSmtpSink();
    try {
      app = await createApi();
      const items = await seed(app.get(DataSource));
      const started = process.hrtime.bigint();
      const { enqueued, expired } = await app.get(ReminderScanService).scan(AS_OF);
      const scanSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      await app.close();
      app = undefined;

      const worker = await spawnWorker({
        DATABASE_URL: database.url,
        REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
        QUEUE_PREFIX: queuePrefix,
        SMTP_URL: `${sink.url}/?pool=true&maxConnections=8`,
        NODE_ENV: 'production',
        MAIL_FROM: 'Small Places <bench@smallplaces.local>',
      });
      try {
        await worker.ready();
        const from = Date.now();
        let delivered = 0;
        while (Date.now() - from < DELIVERY_WINDOW_MS && delivered < enqueued) {
          await new Promise((resolve) => setTimeout(resolve, 1000));
          const now = await tally(database.url);
          delivered = Math.min(now.notifications - now.owed, sink.distinct());
        }
        const seconds = (Date.now() - from) / 1000;
        const recorded = (await tally(database.url)).reminders;
        return {
          'reminder_scan.items': items,
          'reminder_scan.due': enqueued,
          'reminder_scan.expired': expired,
          'reminder_scan.seconds': round(scanSeconds, 2),
          'reminder_delivery.per_second': round(delivered / seconds, 0),
          'reminder_delivery.recorded_per_second': round(recorded / seconds, 0),
          'reminder_delivery.window_seconds': round(seconds, 1),
        };
      } finally {
        await worker.kill('SIGKILL');
      }
    } finally {
      await app?.close();
      await sink.close();
      await database.drop();
    }
  },
};

/**
 * Enterprises in 20 Areas, each with one member who has an account and ten items. Item states and dates as a
 * programme running for a few years would have them: most DONE with expiry spread over two years ahead (those
 * past expiry already EXPIRED by earlier daily scans, bar yesterday's), the rest TODO or IN_PROGRESS with due
 * dates from half a year ago to a year ahead, a few WAIVED.
 */
async function seed(dataSource: DataSource): Promise<number> {
  await dataSource.query(
    `INSERT INTO areas (id, name) SELECT md5('a' || g)::uuid, 'Bench Area ' || g FROM generate_series(1, 20) g`,
  );
  await dataSource.query(
    `INSERT INTO users (id, email, display_name, email_verified_at)
     SELECT md5('u' || g)::uuid, 'person' || g || '@bench.test', 'Person ' || g, now() FROM generate_series(1, $1) g`,
    [ENTERPRISES],
  );
  await dataSource.query(
    `INSERT INTO enterprises (id, area_id, name, legal_structure, postcode, district)
     SELECT md5('e' || g)::uuid, md5('a' || (1 + g % 20))::uuid, 'Enterprise ' || g, 'SOLE_TRADER', 'TA1 1AA', 'TA1'
     FROM generate_series(1, $1) g`,
    [ENTERPRISES],
  );
  await dataSource.query(
    `INSERT INTO grants (user_id, kind, scope_id)
     SELECT md5('u' || g)::uuid, 'MEMBER_OF_ENTERPRISE', md5('e' || g)::uuid FROM generate_series(1, $1) g`,
    [ENTERPRISES],
  );
  await dataSource.query(`ALTER TABLE checklist_items SET (autovacuum_enabled = false)`);
  await dataSource.query(
    `INSERT INTO checklist_items
       (enterprise_id, area_id, requirement_code, status, due_on, expires_on, completed_on, in_progress_since, waived_reason)
     SELECT e, a, code,
            CASE WHEN r < 0.55 THEN (CASE WHEN exp < $2::date - 1 THEN 'EXPIRED' ELSE 'DONE' END)
                 WHEN r < 0.85 THEN 'TODO' WHEN r < 0.95 THEN 'IN_PROGRESS' ELSE 'WAIVED' END,
            CASE WHEN r >= 0.55 THEN $2::date + (floor(random() * 545) - 180)::int END,
            CASE WHEN r < 0.55 THEN exp END,
            CASE WHEN r < 0.55 THEN exp - 365 END,
            CASE WHEN r >= 0.85 AND r < 0.95 THEN $2::date - (floor(random() * 120))::int END,
            CASE WHEN r >= 0.95 THEN 'Does not apply' END
     FROM (
       SELECT md5('e' || g)::uuid AS e, md5('a' || (1 + g % 20))::uuid AS a, c.code, random() AS r,
              $2::date + (floor(random() * 790) - 60)::int AS exp
       FROM generate_series(1, $1) g
       CROSS JOIN (SELECT code FROM requirements ORDER BY position LIMIT ${ITEMS_PER_ENTERPRISE}) c
     ) s`,
    [ENTERPRISES, AS_OF],
  );
  await dataSource.query(`ALTER TABLE checklist_items SET (autovacuum_enabled = true)`);
  await dataSource.query(`ANALYZE`);
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM checklist_items`);
  return count as number;
}
