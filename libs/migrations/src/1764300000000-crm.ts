import { MigrationInterface, QueryRunner } from 'typeorm';

export class Crm1764300000000 implements MigrationInterface {
  name = 'Crm1764300000000';

  async up(db: QueryRunner): Promise<void> {
    // Providers who sign up where no Area covers their district wait here for an Admin to place them.
    await db.query(
      `INSERT INTO areas (id, name, postcode_districts) VALUES ('00000000-0000-4000-8000-000000000000', 'Unassigned', '{}')`,
    );
    await db.query(`
      CREATE TABLE enterprises (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        area_id uuid NOT NULL REFERENCES areas (id),
        catalyst_id uuid REFERENCES users (id) ON DELETE SET NULL,
        name text NOT NULL,
        legal_structure text NOT NULL,
        postcode text NOT NULL,
        district text NOT NULL,
        activities text[] NOT NULL DEFAULT '{}',
        planned_trading_on date,
        trading_started_on date,
        employs_staff boolean NOT NULL DEFAULT false,
        fte_headcount numeric(6, 2) NOT NULL DEFAULT 0,
        people_supported_per_week integer NOT NULL DEFAULT 0,
        hours_per_week numeric(8, 2) NOT NULL DEFAULT 0,
        stage text NOT NULL DEFAULT 'ENQUIRY',
        board_position double precision NOT NULL DEFAULT 0,
        stage_entered_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (stage IN ('ENQUIRY', 'EXPLORING', 'SETTING_UP', 'READY', 'TRADING', 'ESTABLISHED', 'PAUSED', 'CLOSED')),
        CHECK (fte_headcount >= 0 AND people_supported_per_week >= 0 AND hours_per_week >= 0)
      )`);
    await db.query(`CREATE INDEX enterprises_area_stage_idx ON enterprises (area_id, stage, board_position)`);
    await db.query(`CREATE INDEX enterprises_catalyst_idx ON enterprises (catalyst_id)`);
    await db.query(`CREATE INDEX enterprises_name_trgm_idx ON enterprises USING gin (name gin_trgm_ops)`);
    await db.query(`CREATE INDEX enterprises_created_idx ON enterprises (created_at, id)`);

    await db.query(`
      CREATE TABLE enterprise_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id uuid NOT NULL REFERENCES enterprises (id) ON DELETE CASCADE,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        name text NOT NULL,
        email text,
        role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('FOUNDER', 'MEMBER')),
        works_with_clients boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX enterprise_members_enterprise_idx ON enterprise_members (enterprise_id)`);
    await db.query(
      `CREATE INDEX enterprise_members_name_trgm_idx ON enterprise_members USING gin (name gin_trgm_ops)`,
    );
    await db.query(
      `CREATE UNIQUE INDEX enterprise_members_email_key ON enterprise_members (enterprise_id, lower(email)) WHERE email IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE stage_moves (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id uuid NOT NULL REFERENCES enterprises (id) ON DELETE CASCADE,
        from_stage text,
        to_stage text NOT NULL,
        moved_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        note text,
        moved_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX stage_moves_enterprise_idx ON stage_moves (enterprise_id, moved_at)`);
    await db.query(`CREATE INDEX stage_moves_to_idx ON stage_moves (to_stage, moved_at)`);

    await db.query(`
      CREATE TABLE coaching_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id uuid NOT NULL REFERENCES enterprises (id) ON DELETE CASCADE,
        catalyst_id uuid REFERENCES users (id) ON DELETE SET NULL,
        held_on date NOT NULL,
        minutes integer NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
        mode text NOT NULL CHECK (mode IN ('IN_PERSON', 'PHONE', 'VIDEO')),
        topics text[] NOT NULL DEFAULT '{}',
        summary text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX coaching_sessions_enterprise_idx ON coaching_sessions (enterprise_id, held_on DESC)`,
    );
    await db.query(`CREATE INDEX coaching_sessions_held_idx ON coaching_sessions (held_on)`);

    await db.query(`
      CREATE TABLE coaching_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id uuid NOT NULL REFERENCES enterprises (id) ON DELETE CASCADE,
        session_id uuid REFERENCES coaching_sessions (id) ON DELETE SET NULL,
        title text NOT NULL,
        due_on date NOT NULL,
        owner text NOT NULL CHECK (owner IN ('ENTREPRENEUR', 'CATALYST')),
        done_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX coaching_actions_enterprise_idx ON coaching_actions (enterprise_id)`);
    await db.query(
      `CREATE INDEX coaching_actions_open_due_idx ON coaching_actions (due_on) WHERE done_at IS NULL`,
    );

    await db.query(`
      CREATE TABLE timeline_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id uuid NOT NULL REFERENCES enterprises (id) ON DELETE CASCADE,
        kind text NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        summary text NOT NULL,
        ref_id uuid
      )`);
    await db.query(
      `CREATE INDEX timeline_events_feed_idx ON timeline_events (enterprise_id, occurred_at DESC, id DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'timeline_events',
      'coaching_actions',
      'coaching_sessions',
      'stage_moves',
      'enterprise_members',
      'enterprises',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
