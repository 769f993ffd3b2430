import { Injectable } from '@nestjs/common';
import { ClosingAccount, PersonalData, PersonalDataSection, scrubFreeText } from '@small-places/platform';
import { EntityManager } from 'typeorm';

/**
 * Notifications, mutes and the calendar feed in an export and at account closure: the person's own are
 * deleted; other people's notifications that quoted them (a message, their name) are scrubbed.
 */
@Injectable()
@PersonalData()
export class NotificationPersonalData implements PersonalDataSection {
  readonly name = 'notifications';

  async export(tx: EntityManager, userId: string): Promise<unknown> {
    const notifications = await tx.query(
      `SELECT id, kind, title, body, essential, ref_id, emailed_at, read_at, created_at
         FROM notifications WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    const mutedKinds: { kind: string }[] = await tx.query(
      `SELECT kind FROM notification_mutes WHERE user_id = $1 ORDER BY kind`,
      [userId],
    );
    const [feed] = await tx.query(`SELECT created_at FROM calendar_feeds WHERE user_id = $1`, [userId]);
    return {
      notifications,
      preferences: { mutedKinds: mutedKinds.map((row) => row.kind) },
      calendarFeed: feed ? { createdAt: feed.created_at } : null,
    };
  }

  async erase(tx: EntityManager, account: ClosingAccount): Promise<void> {
    await tx.query(`DELETE FROM notifications WHERE user_id = $1`, [account.userId]);
    await tx.query(`DELETE FROM notification_mutes WHERE user_id = $1`, [account.userId]);
    await tx.query(`DELETE FROM calendar_feeds WHERE user_id = $1`, [account.userId]);
    await scrubFreeText(tx, 'notifications', ['title', 'body'], account.personalStrings);
  }
}
