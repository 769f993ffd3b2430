import { Body, Controller, Get, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { errorsFromProblem, fieldErrors } from '../platform/form-errors';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { londonTime } from '../platform/dates';
import { notificationLink } from './notification-links';
import { MARK_READ, MUTE_KIND, NOTIFICATIONS } from './notifications.operations';
import type { NotificationKind } from '../generated/graphql';

const PAGE_SIZE = 20;

/**
 * Everyone's notifications (the link at the foot of every notification email): the list, newest first,
 * marking them read, and which kinds are emailed. Essential kinds (regulation, safeguarding) cannot be muted.
 */
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  @SignedIn()
  @Render('account/views/notifications.njk')
  async list(@Req() req: Request, @Query('after') after?: string, @Query('unread') unread?: string) {
    const unreadOnly = unread === 'yes';
    const data = await this.api.query(req, NOTIFICATIONS, {
      first: PAGE_SIZE,
      after: after || undefined,
      unreadOnly,
    });
    const { notifications } = data;
    const filter = unreadOnly ? '&unread=yes' : '';
    return {
      ...formState(req, 'notification-settings'),
      unreadOnly,
      unreadCount: notifications.unreadCount,
      totalCount: notifications.totalCount,
      notifications: notifications.edges.map(({ node }) => ({
        ...node,
        sentText: londonTime(node.createdAt),
        unread: node.readAt === null,
        link: notificationLink(node.kind, node.aboutId ?? null, req.webSession?.user?.roles ?? []),
      })),
      nextPageUrl:
        notifications.pageInfo.hasNextPage && notifications.pageInfo.endCursor
          ? `/notifications?after=${encodeURIComponent(notifications.pageInfo.endCursor)}${filter}`
          : undefined,
      firstPageUrl: after ? `/notifications${unreadOnly ? '?unread=yes' : ''}` : undefined,
      preferences: data.notificationPreferences,
    };
  }

  @Post('read')
  @SignedIn()
  @Redirect()
  async markAllRead(@Req() req: Request): Promise<RedirectTo> {
    const result = await this.api.mutate(req, MARK_READ, {});
    if (!result.ok)
      return rejectForm(
        req,
        'notification-settings',
        {},
        errorsFromProblem(result.problem, 'read'),
        '/notifications',
      );
    const changed = result.data.markNotificationsRead;
    req.webSession?.setFlash({
      title: changed === 1 ? '1 notification marked as read' : `${changed} notifications marked as read`,
      text: 'They stay in the list below. New ones will show as unread.',
    });
    return redirectTo('/notifications');
  }

  /** One form for every kind offered: each kind whose choice changed is saved; the others are left alone. */
  @Post('emails')
  @SignedIn()
  @Redirect()
  async chooseEmails(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const { notificationPreferences } = await this.api.query(req, NOTIFICATIONS, { first: 1 });
    const choosable = notificationPreferences.filter((preference) => !preference.essential);
    const unanswered = choosable.filter(
      (preference) => !['on', 'off'].includes(textField(body, `email-${preference.kind}`)),
    );
    if (unanswered.length > 0) {
      return rejectForm(
        req,
        'notification-settings',
        body,
        fieldErrors(
          Object.fromEntries(
            unanswered.map((preference) => [
              `email-${preference.kind}`,
              `Choose whether to get emails about: ${preference.description.toLowerCase()}`,
            ]),
          ),
        ),
        '/notifications#emails',
      );
    }
    const changes = choosable.filter(
      (preference) => (textField(body, `email-${preference.kind}`) === 'off') !== preference.muted,
    );
    for (const preference of changes) {
      const result = await this.api.mutate(req, MUTE_KIND, {
        kind: preference.kind as NotificationKind,
        muted: !preference.muted,
      });
      if (!result.ok) {
        return rejectForm(
          req,
          'notification-settings',
          body,
          errorsFromProblem(result.problem, `email-${preference.kind}`),
          '/notifications#emails',
        );
      }
    }
    req.webSession?.setFlash({
      title: changes.length === 0 ? 'Nothing changed' : 'Your email settings are saved',
      text: 'Everything still shows on your notifications page. Deadlines and safety messages are always emailed.',
    });
    return redirectTo('/notifications#emails');
  }
}
