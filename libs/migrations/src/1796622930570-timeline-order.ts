import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The timeline's order within one instant: a transaction reads the clock once, so an enterprise's creation and
 * its checklist's first change share a timestamp, and ordering ties by a random id shuffled them (a page of 20
 * sometimes left out "Enterprise created"). `seq` is the order the entries were written in.
 */
export class TimelineOrder1796622930570 implements MigrationInterface {
  name = 'TimelineOrder1796622930570';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE timeline_events ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY`);
    await db.query(`DROP INDEX timeline_events_feed_idx`);
    await db.query(
      `CREATE INDEX timeline_events_feed_idx ON timeline_events (enterprise_id, occurred_at DESC, seq DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX timeline_events_feed_idx`);
    await db.query(`ALTER TABLE timeline_events DROP COLUMN seq`);
    await db.query(
      `CREATE INDEX timeline_events_feed_idx ON timeline_events (enterprise_id, occurred_at DESC, id DESC)`,
    );
  }
}
