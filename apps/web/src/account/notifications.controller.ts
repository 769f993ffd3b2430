import { Body, Controller, Get, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { errorsFromProblem, fieldErrors } from '../platform/form-errors';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { londonTime } from '../platform/dates';
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

  @Post('emails')
  @SignedIn()
  @Redirect()
  async chooseEmails(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const kind = textField(body, 'kind');
    const choice = textField(body, 'email');
    if (!kind || (choice !== 'on' && choice !== 'off')) {
      return rejectForm(
        req,
        'notification-settings',
        body,
        fieldErrors({ [`email-${kind || 'unknown'}`]: 'Choose whether to get these by email' }),
        '/notifications#emails',
      );
    }
    const result = await this.api.mutate(req, MUTE_KIND, {
      kind: kind as NotificationKind,
      muted: choice === 'off',
    });
    if (!result.ok) {
      return rejectForm(
        req,
        'notification-settings',
        body,
        errorsFromProblem(result.problem, `email-${kind}`),
        '/notifications#emails',
      );
    }
    req.webSession?.setFlash({
      title: choice === 'off' ? 'Emails turned off for these' : 'Emails turned on for these',
      text:
        choice === 'off'
          ? 'You will still see them here. Deadlines and safety messages are always emailed.'
          : 'You will get an email each time, as well as seeing them here.',
    });
    return redirectTo('/notifications#emails');
  }
}
