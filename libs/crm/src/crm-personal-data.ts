import { Injectable } from '@nestjs/common';
import { ClosingAccount, PersonalData, PersonalDataSection, scrubFreeText } from '@small-places/platform';
import { EntityManager } from 'typeorm';

/**
 * The CRM in an export and at account closure (docs/privacy.md). A member's own rows are anonymised; the
 * enterprise itself stays for its Catalyst (it is the enterprise's record, not the person's), with the
 * person's name and email scrubbed from its notes and timeline.
 */
@Injectable()
@PersonalData()
export class CrmPersonalData implements PersonalDataSection {
  readonly name = 'enterprises';

  async export(tx: EntityManager, userId: string): Promise<unknown> {
    const memberships: Record<string, unknown>[] = await tx.query(
      `SELECT m.id AS member_id, m.name, m.email, m.role, m.works_with_clients, m.created_at,
              e.id AS enterprise_id, e.name AS enterprise_name, e.stage
         FROM enterprise_members m JOIN enterprises e ON e.id = m.enterprise_id
        WHERE m.user_id = $1 ORDER BY m.created_at`,
      [userId],
    );
    const enterpriseIds = memberships.map((row) => row.enterprise_id);
    const sessions: Record<string, unknown>[] = await tx.query(
      `SELECT id, enterprise_id, held_on::text, minutes, mode, topics, summary, created_at
         FROM coaching_sessions WHERE enterprise_id = ANY($1::uuid[]) ORDER BY held_on, created_at`,
      [enterpriseIds],
    );
    const actions: Record<string, unknown>[] = await tx.query(
      `SELECT id, enterprise_id, session_id, title, due_on::text, owner, done_at
         FROM coaching_actions WHERE enterprise_id = ANY($1::uuid[]) ORDER BY due_on`,
      [enterpriseIds],
    );
    return {
      memberships,
      coachingSessions: sessions.map((session) => ({
        ...session,
        actions: actions.filter((action) => action.session_id === session.id),
      })),
      otherActions: actions.filter((action) => action.session_id === null),
    };
  }

  async personalStrings(tx: EntityManager, userId: string): Promise<string[]> {
    const rows: { name: string; email: string | null }[] = await tx.query(
      `SELECT name, email FROM enterprise_members WHERE user_id = $1`,
      [userId],
    );
    return rows.flatMap((row) => [row.name, row.email ?? '']).filter(Boolean);
  }

  async erase(tx: EntityManager, account: ClosingAccount): Promise<void> {
    await tx.query(
      `UPDATE enterprise_members SET name = 'Former member', email = NULL, user_id = NULL
        WHERE user_id = $1 OR lower(email) = lower($2)`,
      [account.userId, account.email],
    );
    await scrubFreeText(tx, 'timeline_events', ['summary'], account.personalStrings);
    await scrubFreeText(tx, 'stage_moves', ['note'], account.personalStrings);
    await scrubFreeText(tx, 'coaching_sessions', ['summary'], account.personalStrings);
    await scrubFreeText(tx, 'coaching_actions', ['title'], account.personalStrings);
  }
}
