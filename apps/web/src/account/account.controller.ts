import { Body, Controller, Get, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient, tokensFrom } from '../platform/api-client';
import { errorsFromProblem, fieldErrors } from '../platform/form-errors';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { SiteMenu } from '../platform/site-menu';
import { safeLocalPath } from '../platform/web-exception.filter';
import { Role, WebSession } from '../platform/web-session';
import {
  AuthSession,
  RESEND_VERIFICATION,
  SIGN_IN,
  SIGN_OUT,
  SIGN_UP,
  VERIFY_EMAIL,
} from './account.operations';

const SIGN_UP_ROLES = ['BUDGET_HOLDER', 'PROVIDER'] as const;

/** Signing in, out and up, confirming an email address, and the signed-in home page. */
@Controller()
export class AccountController {
  constructor(
    private readonly api: ApiClient,
    private readonly menu: SiteMenu,
  ) {}

  @Get('sign-in')
  @Render('account/views/sign-in.njk')
  signInPage(@Req() req: Request, @Query('returnTo') returnTo?: string) {
    return { ...formState(req, 'sign-in'), returnTo: safeLocalPath(returnTo, '/home') };
  }

  @Post('sign-in')
  @Redirect()
  async signIn(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const returnTo = safeLocalPath(textField(body, 'returnTo'), '/home');
    const back = `/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
    const email = textField(body, 'email');
    const password = textField(body, 'password');
    const missing: Record<string, string> = {};
    if (!email) missing.email = 'Enter your email address';
    if (!password) missing.password = 'Enter your password';
    if (Object.keys(missing).length > 0) return rejectForm(req, 'sign-in', body, fieldErrors(missing), back);

    const result = await this.api.anonymous(req, SIGN_IN, {
      input: { email, password },
    });
    if (!result.ok) return rejectForm(req, 'sign-in', body, errorsFromProblem(result.problem, 'email'), back);
    startSession(session(req), result.data.signIn);
    return redirectTo(returnTo);
  }

  @Post('sign-out')
  @Redirect()
  async signOut(@Req() req: Request): Promise<RedirectTo> {
    const current = session(req);
    const refreshToken = current.tokens?.refreshToken;
    // Ending the API session is best effort: the web session ends whatever the API says.
    if (refreshToken) await this.api.mutate(req, SIGN_OUT, { refreshToken }).catch(() => undefined);
    current.signOut();
    current.setFlash({ title: 'You have signed out', text: 'Sign in again whenever you need to.' });
    return redirectTo('/');
  }

  @Get('sign-up')
  @Render('account/views/sign-up.njk')
  signUpPage(@Req() req: Request) {
    return formState(req, 'sign-up');
  }

  @Post('sign-up')
  @Redirect()
  async signUp(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const input = {
      displayName: textField(body, 'displayName'),
      email: textField(body, 'email'),
      password: textField(body, 'password'),
      role: textField(body, 'role') as Role,
      postcode: textField(body, 'postcode'),
      enterpriseName: textField(body, 'enterpriseName'),
    };
    const missing: Record<string, string> = {};
    if (!input.displayName) missing.displayName = 'Enter your name';
    if (!input.email) missing.email = 'Enter your email address';
    if (!input.password) missing.password = 'Enter a password';
    if (!(SIGN_UP_ROLES as readonly string[]).includes(input.role))
      missing.role = 'Choose what you want to do';
    if (input.role === 'PROVIDER' && !input.enterpriseName)
      missing.enterpriseName = 'Enter your business’s name';
    if (input.role === 'PROVIDER' && !input.postcode) missing.postcode = 'Enter your business’s postcode';
    if (Object.keys(missing).length > 0)
      return rejectForm(req, 'sign-up', body, fieldErrors(missing), '/sign-up');

    const variables = {
      input: {
        displayName: input.displayName,
        email: input.email,
        password: input.password,
        role: input.role,
        ...(input.postcode ? { postcode: input.postcode } : {}),
        ...(input.role === 'PROVIDER' ? { enterpriseName: input.enterpriseName } : {}),
      },
    };
    const result = await this.api.anonymous(req, SIGN_UP, variables);
    if (!result.ok) {
      return rejectForm(req, 'sign-up', body, errorsFromProblem(result.problem, 'email'), '/sign-up');
    }
    startSession(session(req), result.data.signUp);
    return redirectTo('/check-your-email');
  }

  @Get('check-your-email')
  @SignedIn()
  @Render('account/views/check-your-email.njk')
  checkYourEmail(@Req() req: Request) {
    return { email: session(req).user?.email };
  }

  @Post('check-your-email')
  @SignedIn()
  @Redirect()
  async resendVerification(@Req() req: Request): Promise<RedirectTo> {
    const result = await this.api.mutate(req, RESEND_VERIFICATION);
    const sent = result.ok && result.data.resendVerificationEmail;
    session(req).setFlash(
      sent
        ? { title: 'We sent the email again', text: 'It can take a few minutes. Check your spam folder too.' }
        : { title: 'Your email address is already confirmed', text: 'You do not need to do anything else.' },
    );
    return redirectTo('/check-your-email');
  }

  /** The emailed link opens this page; confirming is a button, so a link checker cannot do it by visiting. */
  @Get('verify-email')
  @Render('account/views/verify-email.njk')
  verifyEmailPage(@Req() req: Request, @Query('token') token?: string) {
    return { ...formState(req, 'verify-email'), token: typeof token === 'string' ? token : '' };
  }

  @Post('verify-email')
  @Redirect()
  async verifyEmail(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const token = textField(body, 'token');
    const result = await this.api.mutate(req, VERIFY_EMAIL, { token });
    if (!result.ok) {
      const errors = fieldErrors({
        confirm: 'This link has expired or was already used. Sign in and ask for a new one.',
      });
      return rejectForm(
        req,
        'verify-email',
        body,
        errors,
        `/verify-email?token=${encodeURIComponent(token)}`,
      );
    }
    const current = session(req);
    current.setFlash({ success: true, title: 'Your email address is confirmed', text: 'Thank you.' });
    return redirectTo(current.user ? '/home' : '/sign-in');
  }

  @Get('home')
  @SignedIn()
  @Render('account/views/home.njk')
  async home(@Req() req: Request) {
    const current = session(req);
    const tasks = await Promise.all(
      this.menu
        .homeTasksFor(current)
        .map(async (task) => ({ ...task, statusText: task.status ? await task.status(req) : undefined })),
    );
    return { tasks, displayName: current.user?.displayName };
  }
}

function session(req: Request): WebSession {
  if (!req.webSession) throw new Error('The session middleware did not run.');
  return req.webSession;
}

function startSession(current: WebSession, auth: AuthSession): void {
  current.signIn(
    {
      id: auth.user.id,
      email: auth.user.email,
      displayName: auth.user.displayName,
      roles: auth.user.roles as Role[],
    },
    tokensFrom(auth),
  );
}
