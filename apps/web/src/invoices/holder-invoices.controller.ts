import { Body, Controller, Get, Param, Post, Redirect, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient, sendDownload } from '../platform/api-client';
import { errorsFromProblem, fieldErrors } from '../platform/form-errors';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { bookingWhen, dateFromParts, longDate, partsOf } from '../holder/holder-forms';
import { londonToday } from '../platform/dates';
import {
  BOOKING_VISIT,
  CONFIRM_VISIT,
  DELIVERED_BOOKINGS,
  INVOICE,
  INVOICES,
  RECORD_PAYMENT,
  VisitBooking,
} from './invoices.operations';

const HOLDERS = ['BUDGET_HOLDER', 'DELEGATE'] as const;

export const VISIT_WORDS: Record<string, string> = {
  AWAITING: 'Waiting for you to confirm',
  CONFIRMED: 'Confirmed',
  CONFIRMED_BY_DEFAULT: 'Confirmed by default',
  DISPUTED: 'You said it did not happen as recorded',
  WITHDRAWN: 'Withdrawn by the provider',
};

export function visitView(booking: VisitBooking) {
  return {
    ...booking,
    when: bookingWhen(booking.startsAt, booking.endsAt),
    stateWords: VISIT_WORDS[booking.visit?.state ?? 'AWAITING'],
    confirmBy: booking.visit ? longDate(booking.visit.confirmedByDefaultOn) : null,
  };
}

/** Holders and delegates: "Check and confirm visits" and "Invoices to pay" (with "I have paid this"). */
@Controller()
export class HolderInvoicesController {
  constructor(private readonly api: ApiClient) {}

  @Get('visits')
  @SignedIn(...HOLDERS)
  @Render('invoices/views/visits.njk')
  async visits(@Req() req: Request) {
    const { myBookings } = await this.api.query(req, DELIVERED_BOOKINGS, {
      side: 'HOLDER',
      first: 100,
    });
    const all = myBookings.edges.map((edge) => visitView(edge.node));
    return {
      toCheck: all.filter((booking) => booking.visit?.state === 'AWAITING'),
      answered: all.filter((booking) => booking.visit?.state !== 'AWAITING'),
    };
  }

  @Post('visits/:id/confirm')
  @SignedIn(...HOLDERS)
  @Redirect()
  async confirm(@Req() req: Request, @Param('id') id: string): Promise<RedirectTo> {
    const result = await this.api.mutate(req, CONFIRM_VISIT, { bookingId: id, happened: true });
    req.webSession?.setFlash(
      result.ok
        ? { title: 'Visit confirmed', text: 'Thank you. The provider can now invoice it.' }
        : { title: 'That visit could not be confirmed', text: result.problem.message },
    );
    return redirectTo('/visits');
  }

  @Get('visits/:id/dispute')
  @SignedIn(...HOLDERS)
  @Render('invoices/views/visit-dispute.njk')
  async disputePage(@Req() req: Request, @Param('id') id: string) {
    const { booking } = await this.api.query(req, BOOKING_VISIT, { id });
    return { ...formState(req, 'visit-dispute'), booking: visitView(booking) };
  }

  @Post('visits/:id/dispute')
  @SignedIn(...HOLDERS)
  @Redirect()
  async dispute(@Req() req: Request, @Param('id') id: string, @Body() body: unknown): Promise<RedirectTo> {
    const back = `/visits/${encodeURIComponent(id)}/dispute`;
    const reason = textField(body, 'reason');
    if (!reason)
      return rejectForm(
        req,
        'visit-dispute',
        body,
        fieldErrors({ reason: 'Say what went wrong, in a few words' }),
        back,
      );
    const result = await this.api.mutate(req, CONFIRM_VISIT, { bookingId: id, happened: false, reason });
    if (!result.ok)
      return rejectForm(req, 'visit-dispute', body, errorsFromProblem(result.problem, 'reason'), back);
    req.webSession?.setFlash({
      title: 'We told the provider',
      text: 'They will not invoice this visit until they correct the time or withdraw it.',
    });
    return redirectTo('/visits');
  }

  @Get('invoices-to-pay')
  @SignedIn(...HOLDERS)
  @Render('invoices/views/invoices-to-pay.njk')
  async toPay(@Req() req: Request) {
    const page = await this.api.query(req, INVOICES, { side: 'HOLDER', first: 100 });
    const invoices = page.invoices.edges.map((edge) => edge.node);
    return {
      owed: page.moneyOwed,
      unpaid: invoices.filter((invoice) => invoice.status === 'ISSUED'),
      paid: invoices.filter((invoice) => invoice.status !== 'ISSUED'),
    };
  }

  @Get('invoices-to-pay/:id/paid')
  @SignedIn(...HOLDERS)
  @Render('invoices/views/invoice-paid.njk')
  async paidPage(@Req() req: Request, @Param('id') id: string) {
    const { invoice } = await this.api.query(req, INVOICE, { id });
    const state = formState(req, 'invoice-paid');
    return Object.keys(state.values).length > 0
      ? { ...state, invoice }
      : { ...state, invoice, values: partsOf(londonToday(), 'paidOn') };
  }

  @Post('invoices-to-pay/:id/paid')
  @SignedIn(...HOLDERS)
  @Redirect()
  async paid(@Req() req: Request, @Param('id') id: string, @Body() body: unknown): Promise<RedirectTo> {
    const back = `/invoices-to-pay/${encodeURIComponent(id)}/paid`;
    const paidOn = dateFromParts(body, 'paidOn');
    if (!paidOn)
      return rejectForm(
        req,
        'invoice-paid',
        body,
        fieldErrors({ 'paidOn-day': 'Enter the date you paid as numbers, like 3 4 2027' }),
        back,
      );
    const method = textField(body, 'method') || undefined;
    const reference = textField(body, 'reference') || undefined;
    const result = await this.api.mutate(req, RECORD_PAYMENT, {
      input: { invoiceId: id, paidOn, method, reference },
    });
    if (!result.ok)
      return rejectForm(
        req,
        'invoice-paid',
        body,
        errorsFromProblem(result.problem, 'paidOn-day', { fieldIds: { paidOn: 'paidOn-day' } }),
        back,
      );
    req.webSession?.setFlash({
      title: 'Payment recorded',
      text: 'We told the provider. They will confirm it arrived.',
    });
    return redirectTo('/invoices-to-pay');
  }

  /** The API's PDF, fetched with the session's token (as the statement CSV is). */
  @Get('invoices/:id/pdf')
  @SignedIn('BUDGET_HOLDER', 'DELEGATE', 'PROVIDER')
  async pdf(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    const download = await this.api.download(req, `/invoices/${encodeURIComponent(id)}.pdf`);
    sendDownload(res, download, 'inline; filename="invoice.pdf"', { noStore: true });
  }
}
