import { Body, Controller, Get, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { ApiClient, tokensFrom } from '../platform/api-client';
import { errorsFromProblem, fieldErrors } from '../platform/form-errors';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { Role } from '../platform/web-session';
import { REQUEST_PASSWORD_RESET, RESET_PASSWORD } from './account.operations';

/**
 * Forgotten passwords: ask for a link ("Forgotten your password?"), "check your email", then choose a new
 * password from the emailed link. The answer is the same whether or not there is an account.
 */
@Controller()
export class PasswordResetController {
  constructor(private readonly api: ApiClient) {}

  @Get('forgotten-password')
  @Render('account/views/forgotten-password.njk')
  forgottenPage(@Req() req: Request) {
    return formState(req, 'forgotten-password');
  }

  @Post('forgotten-password')
  @Redirect()
  async requestLink(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const email = textField(body, 'email');
    const back = '/forgotten-password';
    if (!email) {
      return rejectForm(
        req,
        'forgotten-password',
        body,
        fieldErrors({ email: 'Enter your email address' }),
        back,
      );
    }
    const result = await this.api.anonymous(req, REQUEST_PASSWORD_RESET, { email });
    if (!result.ok)
      return rejectForm(req, 'forgotten-password', body, errorsFromProblem(result.problem, 'email'), back);
    return redirectTo('/forgotten-password/check-your-email');
  }

  @Get('forgotten-password/check-your-email')
  @Render('account/views/reset-link-sent.njk')
  linkSent() {
    return {};
  }

  /** The emailed link opens this page; the token travels on in a hidden field. */
  @Get('reset-password')
  @Render('account/views/reset-password.njk')
  choosePage(@Req() req: Request, @Query('token') token?: string) {
    return { ...formState(req, 'reset-password'), token: typeof token === 'string' ? token : '' };
  }

  @Post('reset-password')
  @Redirect()
  async choose(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const token = textField(body, 'token');
    const password = textField(body, 'password');
    const back = `/reset-password?token=${encodeURIComponent(token)}`;
    if (!password) {
      return rejectForm(req, 'reset-password', body, fieldErrors({ password: 'Enter a new password' }), back);
    }
    const result = await this.api.anonymous(req, RESET_PASSWORD, {
      input: { token, password },
    });
    if (!result.ok) {
      // A spent or unknown link is told in the API's own words, next to the only field on the page.
      const errors = result.problem.fields?.token
        ? fieldErrors({ password: result.problem.message })
        : errorsFromProblem(result.problem, 'password');
      return rejectForm(req, 'reset-password', body, errors, back);
    }
    const auth = result.data.resetPassword;
    const session = req.webSession;
    if (!session) throw new Error('The session middleware did not run.');
    session.signIn(
      {
        id: auth.user.id,
        email: auth.user.email,
        displayName: auth.user.displayName,
        roles: auth.user.roles as Role[],
      },
      tokensFrom(auth),
    );
    session.setFlash({
      success: true,
      title: 'Your password has been changed',
      text: 'You are signed in. Anyone else who was signed in to your account has been signed out.',
    });
    return redirectTo('/home');
  }
}
