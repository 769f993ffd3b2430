import { Body, Controller, Get, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient, tokensFrom } from '../platform/api-client';
import { errorsFromProblem, fieldErrors } from '../platform/form-errors';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { Role } from '../platform/web-session';
import { ACCEPT_INVITATION, CALENDAR_FEED_URL, RESET_CALENDAR_FEED } from './provider.operations';

import { session } from './provider-shared';

/**
 * The provider joins by invitation; their calendar feed of deadlines and bookings. Every read and write goes through the API, which checks that the person is a member of the
 * enterprise.
 */
@Controller()
export class ProviderJoiningController {
  constructor(private readonly api: ApiClient) {}

  // ---------------------------------------------------------------- joining by invitation

  /** The invitation email's link opens this page; nothing happens until the form is sent. */
  @Get('accept-invitation')
  @Render('provider/views/accept-invitation.njk')
  acceptInvitationPage(@Req() req: Request, @Query('token') token?: string) {
    return { ...formState(req, 'accept-invitation'), token: typeof token === 'string' ? token : '' };
  }

  @Post('accept-invitation')
  @Redirect()
  async acceptInvitation(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const token = textField(body, 'token');
    const back = `/accept-invitation?token=${encodeURIComponent(token)}`;
    const displayName = textField(body, 'displayName');
    const password = textField(body, 'password');
    const missing: Record<string, string> = {};
    if (!displayName) missing.displayName = 'Enter your name';
    if (!password) missing.password = 'Choose a password';
    if (Object.keys(missing).length > 0)
      return rejectForm(req, 'accept-invitation', body, fieldErrors(missing), back);
    const result = await this.api.anonymous(req, ACCEPT_INVITATION, {
      input: { token, displayName, password },
    });
    if (!result.ok) {
      // A spent or expired link is about the link, not a field: its sentence says what to do next.
      const errors = errorsFromProblem(result.problem, 'token', {
        messages: { token: 'This invitation link is not valid or has expired. Ask for a new invitation.' },
      });
      return rejectForm(req, 'accept-invitation', body, errors, back);
    }
    const { user, ...tokens } = result.data.acceptInvitation;
    session(req).signIn(
      { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles as Role[] },
      tokensFrom(tokens),
    );
    session(req).setFlash({
      success: true,
      title: 'You have joined Small Places',
      text: 'You are signed in. Below is what you can do now.',
    });
    return redirectTo('/home');
  }

  // ---------------------------------------------------------------- calendar feed

  @Get('calendar-feed')
  @SignedIn('PROVIDER')
  @Render('provider/views/calendar-feed.njk')
  async calendarFeed(@Req() req: Request) {
    const data = await this.api.query(req, CALENDAR_FEED_URL);
    return { feedUrl: data.calendarFeedUrl };
  }

  @Post('calendar-feed/reset')
  @SignedIn('PROVIDER')
  @Redirect()
  async resetCalendarFeed(@Req() req: Request): Promise<RedirectTo> {
    const result = await this.api.mutate(req, RESET_CALENDAR_FEED);
    if (!result.ok) throw new Error(`The calendar link was not reset: ${result.problem.message}`);
    session(req).setFlash({
      title: 'You have a new calendar link',
      text: 'The old link has stopped working. Add the new one to your calendar app.',
    });
    return redirectTo('/calendar-feed');
  }
}
