import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { PageNotFound } from '../platform/api-errors';
import { errorsFromProblem, fieldErrors } from '../platform/form-errors';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { myEnterprises } from '../provider/provider-shared';
import { visitView } from './holder-invoices.controller';
import {
  CONFIRM_RECEIPT,
  DELIVERED_BOOKINGS,
  INVOICE_SETTINGS,
  INVOICES,
  ISSUE_INVOICE,
  SET_INVOICE_SETTINGS,
} from './invoices.operations';

const INVOICEABLE = ['CONFIRMED', 'CONFIRMED_BY_DEFAULT'];

/**
 * Providers: "Money owed to you" (with receipts), issuing an invoice from confirmed visits, and the invoice
 * settings (monthly issuing per holder, days to pay).
 */
@Controller()
export class ProviderInvoicesController {
  constructor(private readonly api: ApiClient) {}

  @Get('money-owed')
  @SignedIn('PROVIDER')
  @Render('invoices/views/money-owed.njk')
  async moneyOwed(@Req() req: Request) {
    const page = await this.api.query(req, INVOICES, { side: 'PROVIDER', first: 100 });
    const invoices = page.invoices.edges.map((edge) => edge.node);
    return {
      owed: page.moneyOwed,
      unpaid: invoices.filter((invoice) => invoice.status === 'ISSUED'),
      toConfirm: invoices.filter((invoice) => invoice.paidOn && invoice.receipt !== 'RECEIVED'),
      settled: invoices.filter((invoice) => invoice.receipt === 'RECEIVED' || invoice.status === 'CREDITED'),
    };
  }

  @Post('money-owed/:id/receipt')
  @SignedIn('PROVIDER')
  @Redirect()
  async receipt(@Req() req: Request, @Param('id') id: string, @Body() body: unknown): Promise<RedirectTo> {
    const received = (body as Record<string, unknown>)?.received === 'yes';
    const result = await this.api.mutate(req, CONFIRM_RECEIPT, { input: { invoiceId: id, received } });
    req.webSession?.setFlash(
      result.ok
        ? received
          ? { title: 'Payment confirmed', text: 'Thank you. This invoice is settled.' }
          : { title: 'We told them', text: 'We asked them to check their account and talk to you.' }
        : { title: 'That could not be saved', text: result.problem.message },
    );
    return redirectTo('/money-owed');
  }

  @Get('invoices/new')
  @SignedIn('PROVIDER')
  @Render('invoices/views/invoice-new.njk')
  async newInvoice(@Req() req: Request) {
    const { myBookings } = await this.api.query(req, DELIVERED_BOOKINGS, {
      side: 'PROVIDER',
      first: 100,
    });
    const ready = myBookings.edges
      .map((edge) => visitView(edge.node))
      .filter(
        (booking) => booking.invoiceNumber === null && INVOICEABLE.includes(booking.visit?.state ?? ''),
      );
    const people = new Map<string, typeof ready>();
    for (const booking of ready) {
      const name = booking.holderName ?? 'Someone';
      people.set(name, [...(people.get(name) ?? []), booking]);
    }
    return { people: [...people].map(([name, bookings]) => ({ name, bookings })) };
  }

  @Post('invoices/new')
  @SignedIn('PROVIDER')
  @Redirect()
  async issue(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const raw = (body as Record<string, unknown>)?.bookingIds;
    const bookingIds = (Array.isArray(raw) ? raw : raw ? [raw] : []).map(String);
    if (bookingIds.length === 0) {
      req.webSession?.setFlash({
        title: 'Choose at least one visit',
        text: 'Tick the visits to put on the invoice.',
      });
      return redirectTo('/invoices/new');
    }
    const result = await this.api.mutate(req, ISSUE_INVOICE, { input: { bookingIds } });
    if (!result.ok) {
      req.webSession?.setFlash({ title: 'The invoice was not issued', text: result.problem.message });
      return redirectTo('/invoices/new');
    }
    req.webSession?.setFlash({
      title: `Invoice ${result.data.issueInvoice.number} issued`,
      text: 'We sent it to them. It shows under Money owed to you until they pay.',
    });
    return redirectTo('/money-owed');
  }

  /** One enterprise's invoice settings (`?enterprise=` chooses among several; the first by default). */
  @Get('money-owed/settings')
  @SignedIn('PROVIDER')
  @Render('invoices/views/invoice-settings.njk')
  async settingsPage(@Req() req: Request, @Query('enterprise') chosen?: string) {
    const enterprises = await myEnterprises(this.api, req);
    const enterprise = chosen ? enterprises.find((one) => one.id === chosen) : enterprises[0];
    if (!enterprise) throw new PageNotFound();
    const { invoiceSettings } = await this.api.query(req, INVOICE_SETTINGS, { enterpriseId: enterprise.id });
    const state = formState(req, 'invoice-settings');
    return {
      ...state,
      enterprise,
      others: enterprises.filter((one) => one.id !== enterprise.id),
      values: Object.keys(state.values).length
        ? state.values
        : {
            monthlyIssuing: invoiceSettings.monthlyIssuing ? 'yes' : 'no',
            dueDays: String(invoiceSettings.dueDays),
          },
    };
  }

  @Post('money-owed/settings/:enterpriseId')
  @SignedIn('PROVIDER')
  @Redirect()
  async saveSettings(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const back = `/money-owed/settings?enterprise=${encodeURIComponent(enterpriseId)}`;
    const monthly = textField(body, 'monthlyIssuing');
    const dueDays = textField(body, 'dueDays');
    const problems: Record<string, string> = {};
    if (monthly !== 'yes' && monthly !== 'no')
      problems.monthlyIssuing = 'Choose whether we issue your invoices each month';
    if (!/^\d{1,2}$/.test(dueDays) || Number(dueDays) < 1 || Number(dueDays) > 90)
      problems.dueDays = 'Enter the days people have to pay as a whole number from 1 to 90, like 14';
    if (Object.keys(problems).length)
      return rejectForm(req, 'invoice-settings', body, fieldErrors(problems), back);
    const result = await this.api.mutate(req, SET_INVOICE_SETTINGS, {
      input: { enterpriseId, monthlyIssuing: monthly === 'yes', dueDays: Number(dueDays) },
    });
    if (!result.ok)
      return rejectForm(
        req,
        'invoice-settings',
        body,
        errorsFromProblem(result.problem, 'monthlyIssuing'),
        back,
      );
    req.webSession?.setFlash({
      title: 'Invoice settings saved',
      text: result.data.setInvoiceSettings.monthlyIssuing
        ? `On the 1st of each month we issue each person one invoice for their confirmed visits. They have ${result.data.setInvoiceSettings.dueDays} days to pay.`
        : `You issue invoices yourself. People have ${result.data.setInvoiceSettings.dueDays} days to pay.`,
    });
    return redirectTo('/money-owed');
  }
}
