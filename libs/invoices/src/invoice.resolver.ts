import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, londonDate, PageArgs, Permission, RequestContext } from '@small-places/platform';
import {
  ConfirmInvoiceReceiptInput,
  InvoiceSettingsInput,
  IssueCreditNoteInput,
  IssueInvoiceInput,
  RecordInvoicePaymentInput,
} from './dto/invoice.inputs';
import {
  CreditNoteType,
  InvoiceConnection,
  InvoiceEnterpriseType,
  InvoiceLineType,
  InvoiceSettingsType,
  InvoiceType,
  MoneyOwedType,
} from './dto/invoice.types';
import { CreditNote, Invoice, InvoiceLine } from './entities/invoice.entity';
import { InvoiceSideOf } from './invoice-access';
import { InvoiceQueries } from './invoice-queries';
import { invoiceStatus, InvoiceStatus } from './invoice-status';
import { CreditNotes } from './issuing/credit-notes';
import { InvoiceIssuer } from './issuing/invoice-issuer';
import { InvoiceSettingsService } from './issuing/invoice-settings.service';
import { InvoicePayments } from './paying/invoice-payments';

@Resolver(() => InvoiceType)
export class InvoiceResolver {
  constructor(
    private readonly issuer: InvoiceIssuer,
    private readonly queries: InvoiceQueries,
    private readonly payments: InvoicePayments,
    private readonly credits: CreditNotes,
    private readonly settings: InvoiceSettingsService,
  ) {}

  @Mutation(() => InvoiceType, {
    description:
      'A member of the provider enterprise: one invoice to one holder for delivered, confirmed bookings not yet ' +
      'invoiced. Numbers run per enterprise with no gaps, even when issued concurrently.',
  })
  @Allow(Permission.Authenticated)
  issueInvoice(@Ctx() ctx: RequestContext, @Args('input') input: IssueInvoiceInput) {
    return this.issuer.issue(ctx, input.bookingIds);
  }

  @Mutation(() => InvoiceType, {
    description: 'The holder or a delegate. paidOn between the issue date and today. Paying twice: CONFLICT.',
  })
  @Allow(Permission.Authenticated)
  recordInvoicePayment(@Ctx() ctx: RequestContext, @Args('input') input: RecordInvoicePaymentInput) {
    return this.payments.record(ctx, input);
  }

  @Mutation(() => InvoiceType, {
    description: 'A member of the provider: the payment arrived, or it has not.',
  })
  @Allow(Permission.Authenticated)
  confirmInvoiceReceipt(@Ctx() ctx: RequestContext, @Args('input') input: ConfirmInvoiceReceiptInput) {
    return this.payments.answerReceipt(ctx, input.invoiceId, input.received);
  }

  @Mutation(() => CreditNoteType, { description: 'A member of the provider: corrects an issued invoice.' })
  @Allow(Permission.Authenticated)
  issueCreditNote(@Ctx() ctx: RequestContext, @Args('input') input: IssueCreditNoteInput) {
    return this.credits.issue(ctx, input.invoiceId, input.amountPence, input.reason);
  }

  @Mutation(() => InvoiceSettingsType, { description: "A member: the enterprise's invoicing choices." })
  @Allow(Permission.Authenticated)
  setInvoiceSettings(@Ctx() ctx: RequestContext, @Args('input') input: InvoiceSettingsInput) {
    return this.settings.set(ctx, input);
  }

  @Query(() => InvoiceSettingsType)
  @Allow(Permission.Authenticated)
  invoiceSettings(
    @Ctx() ctx: RequestContext,
    @Args('enterpriseId', { type: () => ID }) enterpriseId: string,
  ) {
    return this.settings.get(ctx, enterpriseId);
  }

  @Query(() => InvoiceType)
  @Allow(Permission.Authenticated)
  invoice(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.queries.get(ctx, id);
  }

  @Query(() => InvoiceConnection, {
    description:
      'side PROVIDER: invoices of my enterprises; side HOLDER: invoices to me or budgets I act for.',
  })
  @Allow(Permission.Authenticated)
  invoices(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('side', { type: () => InvoiceSideOf }) side: InvoiceSideOf,
  ) {
    return this.queries.list(ctx, side, page);
  }

  @Query(() => MoneyOwedType, {
    description: 'PROVIDER: money owed to you; HOLDER: invoices you have to pay. By how late they are.',
  })
  @Allow(Permission.Authenticated)
  moneyOwed(@Ctx() ctx: RequestContext, @Args('side', { type: () => InvoiceSideOf }) side: InvoiceSideOf) {
    return this.queries.moneyOwed(ctx, side);
  }

  @ResolveField(() => [InvoiceLineType])
  lines(@Ctx() ctx: RequestContext, @Parent() invoice: Invoice) {
    return ctx
      .loader<InvoiceLine[]>('invoice-lines', (ids) => this.queries.linesOf(ids), [])
      .load(invoice.id);
  }

  @ResolveField(() => [CreditNoteType])
  creditNotes(@Ctx() ctx: RequestContext, @Parent() invoice: Invoice) {
    return this.notesOf(ctx, invoice);
  }

  @ResolveField(() => InvoiceStatus)
  async status(@Ctx() ctx: RequestContext, @Parent() invoice: Invoice) {
    const credited = (await this.notesOf(ctx, invoice)).reduce((sum, note) => sum + note.amountPence, 0);
    return invoiceStatus(invoice, credited);
  }

  @ResolveField(() => Boolean, { description: 'Unpaid past its due date.' })
  async overdue(@Ctx() ctx: RequestContext, @Parent() invoice: Invoice) {
    return (await this.status(ctx, invoice)) === InvoiceStatus.ISSUED && invoice.dueOn < londonDate(ctx.now);
  }

  @ResolveField(() => InvoiceEnterpriseType)
  enterprise(@Parent() invoice: Invoice) {
    return { id: invoice.enterpriseId, name: invoice.enterpriseName, postcode: invoice.enterprisePostcode };
  }

  @ResolveField(() => String, { description: 'Where to download it as a PDF (with your bearer token).' })
  pdfPath(@Parent() invoice: Invoice) {
    return `/invoices/${invoice.id}.pdf`;
  }

  private notesOf(ctx: RequestContext, invoice: Invoice) {
    return ctx
      .loader<CreditNote[]>('invoice-credit-notes', (ids) => this.queries.creditNotesOf(ids), [])
      .load(invoice.id);
  }
}
