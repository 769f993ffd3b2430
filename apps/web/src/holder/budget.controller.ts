import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { londonToday } from '../platform/dates';
import { SignedIn } from '../platform/access';
import { ApiClient, sendDownload } from '../platform/api-client';
import { PageNotFound } from '../platform/api-errors';
import { errorsFromProblem, fieldErrors, NO_ERRORS } from '../platform/form-errors';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { budgetBar, londonDateOf, nextPeriod } from './budget-picture';
import {
  bookingWhen,
  dateFromParts,
  LEDGER_KINDS,
  longDate,
  partsOf,
  penceFrom,
  shortDate,
} from './holder-forms';
import {
  BUDGET,
  BUDGET_STATEMENT,
  INVITE_DELEGATE,
  MY_BOOKINGS,
  MY_BUDGETS,
  RECORD_EXPENSE,
  SET_UP_BUDGET,
} from './holder.operations';

const HOLDERS = ['BUDGET_HOLDER', 'DELEGATE'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Bookings listed on the budget page in each group; beyond that it says how many more and links to them. */
const BOOKINGS_SHOWN = 50;

function describeBudgetBooking(booking: {
  id: string;
  startsAt: string;
  endsAt: string;
  costPence: number;
  providerName: string;
  listing: { title: string };
}) {
  return {
    ...booking,
    date: londonDateOf(booking.startsAt),
    when: bookingWhen(booking.startsAt, booking.endsAt),
  };
}

/** The holder's money: this period, the statement (and its CSV), expenses, delegates, setting up a budget. */
@Controller()
export class BudgetController {
  constructor(private readonly api: ApiClient) {}

  /** One budget: straight to it. More: a list first. None: how to set one up. */
  @Get('budget')
  @SignedIn(...HOLDERS)
  @Render('holder/views/budget.njk')
  async myBudget(@Req() req: Request) {
    const { myBudgets } = await this.api.query(req, MY_BUDGETS);
    if (myBudgets.length === 1) return this.budgetPage(req, myBudgets[0].id);
    return { budgets: myBudgets, canSetUp: req.webSession?.hasRole('BUDGET_HOLDER') ?? false };
  }

  @Get('budgets/:id')
  @SignedIn(...HOLDERS)
  @Render('holder/views/budget.njk')
  budget(@Req() req: Request, @Param('id') id: string) {
    return this.budgetPage(req, id);
  }

  @Get('budget/set-up')
  @SignedIn('BUDGET_HOLDER')
  @Render('holder/views/budget-set-up.njk')
  setUpPage(@Req() req: Request) {
    const state = formState(req, 'budget-set-up');
    return Object.keys(state.values).length > 0
      ? state
      : { values: { periodDays: '28', ...partsOf(londonToday(), 'startsOn') }, errors: NO_ERRORS };
  }

  @Post('budget/set-up')
  @SignedIn('BUDGET_HOLDER')
  @Redirect()
  async setUp(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const back = '/budget/set-up';
    const label = textField(body, 'label');
    const paymentPence = penceFrom(textField(body, 'payment'));
    const periodDays = Number(textField(body, 'periodDays'));
    const startsOn = dateFromParts(body, 'startsOn');
    const problems: Record<string, string> = {};
    if (!label) problems.label = 'Enter a name for the budget, like “Direct payment from the council”';
    if (paymentPence === undefined || paymentPence <= 0)
      problems.payment = 'Enter the council’s payment in pounds, like 400';
    if (!Number.isInteger(periodDays) || periodDays < 7 || periodDays > 92)
      problems.periodDays = 'Enter how many days each period lasts, from 7 to 92';
    if (!startsOn) problems['startsOn-day'] = 'Enter the first day as numbers, like 1 4 2027';
    if (Object.keys(problems).length > 0)
      return rejectForm(req, 'budget-set-up', body, fieldErrors(problems), back);
    const result = await this.api.mutate(req, SET_UP_BUDGET, {
      input: { label, paymentPence: paymentPence!, periodDays, startsOn: startsOn! },
    });
    if (!result.ok) {
      const errors = errorsFromProblem(result.problem, 'label', {
        fieldIds: { paymentPence: 'payment', startsOn: 'startsOn-day' },
      });
      return rejectForm(req, 'budget-set-up', body, errors, back);
    }
    req.webSession?.setFlash({
      title: 'Budget set up',
      text: 'You can now pay for bookings from it. Each booking the provider accepts is set aside here.',
    });
    return redirectTo(`/budgets/${result.data.setUpBudget.id}`);
  }

  @Get('budgets/:id/statement')
  @SignedIn(...HOLDERS)
  @Render('holder/views/statement.njk')
  async statement(@Req() req: Request, @Param('id') id: string, @Query() query: Record<string, unknown>) {
    const { personalBudget } = await this.api.query(req, BUDGET, { id });
    const defaults = {
      from: personalBudget.currentPeriod?.startsOn ?? personalBudget.startsOn,
      to: londonToday(),
    };
    const sent = query['from-day'] !== undefined || query['to-day'] !== undefined;
    const from = sent ? dateFromParts(query, 'from') : defaults.from;
    const to = sent ? dateFromParts(query, 'to') : defaults.to;
    const values = {
      ...query,
      ...(sent ? {} : { ...partsOf(defaults.from, 'from'), ...partsOf(defaults.to, 'to') }),
    };
    const problems: Record<string, string> = {};
    if (!from) problems['from-day'] = 'Enter the first date as numbers, like 1 4 2027';
    if (!to) problems['to-day'] = 'Enter the last date as numbers, like 30 4 2027';
    else if (from && to < from) problems['to-day'] = 'The last date must be on or after the first date';
    const page = { budget: personalBudget, values, errors: NO_ERRORS };
    if (!from || !to || Object.keys(problems).length > 0) return { ...page, errors: fieldErrors(problems) };
    const result = await this.api.mutate(req, BUDGET_STATEMENT, { budgetId: id, from, to });
    if (!result.ok)
      return {
        ...page,
        errors: errorsFromProblem(result.problem, 'from-day', {
          fieldIds: { to: 'to-day', from: 'from-day' },
        }),
      };
    const statement = result.data.budgetStatement;
    return {
      ...page,
      range: { from: longDate(from), to: longDate(to) },
      statement: {
        ...statement,
        entries: statement.entries.map((entry) => ({
          ...entry,
          date: shortDate(entry.occurredOn),
          kindName: LEDGER_KINDS[entry.kind] ?? entry.kind,
        })),
      },
      csvUrl: `/budgets/${encodeURIComponent(id)}/statement.csv?from=${from}&to=${to}`,
    };
  }

  /**
   * The API's CSV, fetched with the session's token and streamed to the browser: the token never leaves
   * the server, and the browser downloads from the site it is on.
   */
  @Get('budgets/:id/statement.csv')
  @SignedIn(...HOLDERS)
  async statementCsv(
    @Req() req: Request,
    @Res() res: Response,
    @Param('id') id: string,
    @Query('from') from?: string,
    @Query('to') to?: string,
  ): Promise<void> {
    if (!from || !to || !ISO_DATE.test(from) || !ISO_DATE.test(to)) throw new PageNotFound();
    const download = await this.api.download(
      req,
      `/budgets/${encodeURIComponent(id)}/statement.csv?${new URLSearchParams({ from, to }).toString()}`,
    );
    sendDownload(res, download, `attachment; filename="statement-${from}-to-${to}.csv"`, { noStore: true });
  }

  @Get('budgets/:id/expenses/new')
  @SignedIn(...HOLDERS)
  @Render('holder/views/expense.njk')
  async expensePage(@Req() req: Request, @Param('id') id: string) {
    const { personalBudget } = await this.api.query(req, BUDGET, { id });
    return { ...formState(req, 'expense'), budget: personalBudget };
  }

  @Post('budgets/:id/expenses/new')
  @SignedIn(...HOLDERS)
  @Redirect()
  async addExpense(@Req() req: Request, @Param('id') id: string, @Body() body: unknown): Promise<RedirectTo> {
    const back = `/budgets/${id}/expenses/new`;
    const payee = textField(body, 'payee');
    const description = textField(body, 'description');
    const amountPence = penceFrom(textField(body, 'amount'));
    const spentOn = dateFromParts(body, 'spentOn');
    const receiptReference = textField(body, 'receiptReference');
    const closeRelative = textField(body, 'closeRelative');
    const approval = textField(body, 'councilApprovalReference');
    const problems: Record<string, string> = {};
    if (!payee) problems.payee = 'Enter who you paid';
    if (!description) problems.description = 'Say what it was for';
    if (amountPence === undefined || amountPence <= 0)
      problems.amount = 'Enter how much you paid in pounds, like 45.50';
    if (!spentOn) problems['spentOn-day'] = 'Enter the date you paid as numbers, like 3 4 2027';
    else if (spentOn > londonToday()) problems['spentOn-day'] = 'The date you paid must be today or before';
    if (!receiptReference) problems.receiptReference = 'Enter the receipt or invoice number';
    if (closeRelative !== 'yes' && closeRelative !== 'no')
      problems.closeRelative = 'Say if you paid a close relative who lives with you';
    if (closeRelative === 'yes' && !approval)
      problems.councilApprovalReference =
        'Enter the council’s approval reference for paying a close relative';
    if (Object.keys(problems).length > 0)
      return rejectForm(req, 'expense', body, fieldErrors(problems), back);
    const result = await this.api.mutate(req, RECORD_EXPENSE, {
      input: {
        budgetId: id,
        payee,
        description,
        amountPence: amountPence!,
        spentOn: spentOn!,
        receiptReference,
        paidToCloseRelative: closeRelative === 'yes',
        ...(closeRelative === 'yes' ? { councilApprovalReference: approval } : {}),
      },
    });
    if (!result.ok) {
      const errors = errorsFromProblem(result.problem, 'payee', {
        fieldIds: { amountPence: 'amount', spentOn: 'spentOn-day', paidToCloseRelative: 'closeRelative' },
      });
      return rejectForm(req, 'expense', body, errors, back);
    }
    req.webSession?.setFlash({
      title: 'Expense added',
      text: 'It now counts as spent this period and shows in your statement. Keep the receipt.',
    });
    return redirectTo(`/budgets/${id}`);
  }

  @Get('budgets/:id/delegates/new')
  @SignedIn('BUDGET_HOLDER')
  @Render('holder/views/delegate.njk')
  async delegatePage(@Req() req: Request, @Param('id') id: string) {
    const { personalBudget } = await this.api.query(req, BUDGET, { id });
    return { ...formState(req, 'delegate'), budget: personalBudget };
  }

  @Post('budgets/:id/delegates/new')
  @SignedIn('BUDGET_HOLDER')
  @Redirect()
  async inviteDelegate(
    @Req() req: Request,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const back = `/budgets/${id}/delegates/new`;
    const email = textField(body, 'email');
    if (!email)
      return rejectForm(req, 'delegate', body, fieldErrors({ email: 'Enter their email address' }), back);
    const result = await this.api.mutate(req, INVITE_DELEGATE, { budgetId: id, email });
    if (!result.ok)
      return rejectForm(req, 'delegate', body, errorsFromProblem(result.problem, 'email'), back);
    req.webSession?.setFlash({
      title: `We have emailed ${result.data.inviteDelegate.email}`,
      text: 'When they accept the invitation they can book and add expenses for this budget only. Until then they can do nothing.',
    });
    return redirectTo(`/budgets/${id}/delegates`);
  }

  private async budgetPage(req: Request, id: string) {
    const [{ personalBudget }, accepted, waiting] = await Promise.all([
      this.api.query(req, BUDGET, { id }),
      this.api.query(req, MY_BOOKINGS, { budgetId: id, status: 'ACCEPTED', first: BOOKINGS_SHOWN }),
      this.api.query(req, MY_BOOKINGS, { budgetId: id, status: 'REQUESTED', first: BOOKINGS_SHOWN }),
    ]);
    const period = personalBudget.currentPeriod;
    const next = period ? nextPeriod(period.endsOn, personalBudget.periodDays) : undefined;
    const rows = (list: typeof accepted) =>
      list.myBookings.edges.map((edge) => describeBudgetBooking(edge.node));
    const setAside = rows(accepted);
    const awaiting = rows(waiting);
    const inNext = next
      ? [...setAside, ...awaiting]
          .filter((booking) => booking.date >= next.startsOn && booking.date <= next.endsOn)
          .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      : [];
    return {
      budget: personalBudget,
      period: period
        ? {
            ...period,
            starts: longDate(period.startsOn),
            ends: longDate(period.endsOn),
            bar: budgetBar(period),
          }
        : undefined,
      setAside: { rows: setAside, more: accepted.myBookings.totalCount - setAside.length },
      awaiting: {
        rows: awaiting,
        more: waiting.myBookings.totalCount - awaiting.length,
        totalPence: awaiting.reduce((sum, booking) => sum + booking.costPence, 0),
      },
      next: next
        ? {
            starts: longDate(next.startsOn),
            ends: longDate(next.endsOn),
            paymentPence: personalBudget.paymentPence + personalBudget.contributionPence,
            rows: inNext,
            totalPence: inNext.reduce((sum, booking) => sum + booking.costPence, 0),
          }
        : undefined,
      isHolder: personalBudget.myRole === 'HOLDER',
    };
  }
}
