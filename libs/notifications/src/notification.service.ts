import { Injectable } from '@nestjs/common';
import { badInput, PageArgs, RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { NotificationConnection, NotificationPreference } from './dto/notification.types';
import { NotificationMailer } from './notification-mailer';
import { isEssential, KIND_DESCRIPTIONS, NotificationKind, reachesRoles } from './notification-kind';
import { NotificationRepository } from './notification.repository';

export interface Notify {
  userIds: readonly string[];
  kind: NotificationKind;
  /** Short: what is due and by when. Also the email's subject. */
  title: string;
  /** Plain English: what is due, by when, what to do next, where the guidance is. */
  body: string;
  /** Defaults to the kind's: regulatory and safeguarding kinds are essential and cannot be muted. */
  essential?: boolean;
  email: boolean;
  refId?: string | null;
  /** The unit of work sending it; a second notify with the same key for the same person does nothing. */
  dedupeKey?: string | null;
}

@Injectable()
export class NotificationService {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly mailer: NotificationMailer,
  ) {}

  /**
   * Records an in-app notification for each person in the caller's transaction and queues their emails once
   * it commits, except to people who muted a non-essential kind (they still see it in the app). Returns the
   * ids of the notifications inserted (none for a dedupe key already used).
   */
  notify(tx: EntityManager, input: Notify): Promise<string[]> {
    return this.notifyAll(tx, [input]);
  }

  /** Several notifications at once (a batch of reminders): one look-up, one insert, one mail job. */
  async notifyAll(tx: EntityManager, inputs: Notify[]): Promise<string[]> {
    const wanted = inputs.map((input) => ({ ...input, userIds: [...new Set(input.userIds)] }));
    const emailing = wanted.filter((input) => input.email).flatMap((input) => input.userIds);
    const emailable = await this.repository.emailable(tx, [...new Set(emailing)]);
    const rows = wanted.flatMap((input) => {
      const essential = input.essential ?? isEssential(input.kind);
      return input.userIds.map((userId) => {
        const muted = emailable.get(userId);
        return {
          userId,
          kind: input.kind,
          title: input.title,
          body: input.body,
          essential,
          refId: input.refId ?? null,
          dedupeKey: input.dedupeKey ?? null,
          emailWanted: input.email && muted !== undefined && (essential || !muted.has(input.kind)),
        };
      });
    });
    const inserted = await this.repository.insert(tx, rows);
    this.mailer.queueAfterCommit(
      tx,
      inserted.filter((row) => row.emailWanted).map((row) => row.id),
    );
    return inserted.map((row) => row.id);
  }

  async list(ctx: RequestContext, unreadOnly: boolean, page: PageArgs): Promise<NotificationConnection> {
    const user = ctx.signedIn;
    const [connection, unreadCount] = await Promise.all([
      this.repository.page(user.id, unreadOnly, page),
      this.repository.unreadCount(user.id),
    ]);
    return { ...connection, unreadCount };
  }

  markRead(ctx: RequestContext, ids: string[] | null | undefined): Promise<number> {
    return this.repository.markRead(ctx.signedIn.id, ids ?? null, ctx.now);
  }

  async preferences(ctx: RequestContext): Promise<NotificationPreference[]> {
    const muted = await this.repository.mutedKinds(ctx.signedIn.id);
    const kinds = Object.values(NotificationKind).filter((kind) => reachesRoles(kind, ctx.signedIn.roles));
    return kinds.map((kind) => ({
      kind,
      description: KIND_DESCRIPTIONS[kind],
      essential: isEssential(kind),
      muted: !isEssential(kind) && muted.has(kind),
    }));
  }

  async mute(ctx: RequestContext, kind: NotificationKind, muted: boolean): Promise<NotificationPreference[]> {
    if (muted && isEssential(kind)) {
      throw badInput(
        'Reminders about regulation and safeguarding cannot be turned off: missing one can stop you trading.',
        { kind: ['cannot be muted'] },
      );
    }
    await this.repository.setMuted(ctx.signedIn.id, kind, muted);
    return this.preferences(ctx);
  }
}
