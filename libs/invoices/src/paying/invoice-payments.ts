import { Injectable } from '@nestjs/common';
import { longDate, NotificationKind, NotificationService } from '@small-places/notifications';
import {
  AuditService,
  badInput,
  conflict,
  Database,
  londonDate,
  RequestContext,
} from '@small-places/platform';
import { Invoice } from '../entities/invoice.entity';
import { InvoiceAccess } from '../invoice-access';
import { money } from '../issuing/invoice-lines';
import { RecordInvoicePaymentInput } from '../dto/invoice.inputs';

/**
 * No money moves through Small Places (PRODUCT.md §3.10): the holder pays from their own direct-payment account
 * and records it here; the provider confirms it arrived or says it has not. The budget's ledger is not written:
 * the booking's PAYMENT entry was made when it was delivered, and the statement shows this invoice's number and
 * paid date as that entry's receipt reference (docs/invoices.md).
 */
@Injectable()
export class InvoicePayments {
  constructor(
    private readonly db: Database,
    private readonly access: InvoiceAccess,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
  ) {}

  async record(ctx: RequestContext, input: RecordInvoicePaymentInput): Promise<Invoice> {
    const today = londonDate(ctx.now);
    if (input.paidOn > today)
      throw badInput('The payment date cannot be in the future.', { paidOn: ['is in the future'] });
    return this.db.transaction(async (tx) => {
      const invoice = await this.access.asHolderSide(tx, ctx, input.invoiceId);
      if (invoice.paidOn) throw conflict(`This invoice was already recorded as paid on ${invoice.paidOn}.`);
      if (input.paidOn < invoice.issuedOn) {
        throw badInput(`The payment date cannot be before the invoice was issued (${invoice.issuedOn}).`, {
          paidOn: ['is before the invoice date'],
        });
      }
      invoice.paidOn = input.paidOn;
      invoice.paymentMethod = input.method ?? null;
      invoice.paymentReference = input.reference ?? null;
      invoice.paymentRecordedById = ctx.signedIn.id;
      invoice.paymentRecordedAt = ctx.now;
      const saved = await tx.getRepository(Invoice).save(invoice);
      await this.audit.record(tx, ctx, {
        action: 'INVOICE_PAID',
        recordType: 'Invoice',
        recordId: invoice.id,
        subjectUserId: invoice.holderId,
        detail: { paidOn: input.paidOn },
      });
      await this.notifications.notify(tx, {
        userIds: await this.access.providerUsers(tx, invoice.enterpriseId),
        kind: NotificationKind.INVOICE_UPDATE,
        title: `Invoice ${invoice.number} paid`,
        body: `${invoice.holderName} says they paid invoice ${invoice.number} (${money(invoice.totalPence)}) on ${longDate(input.paidOn)}${input.reference ? `, reference ${input.reference}` : ''}. Check your account, then confirm you received it (or say it has not arrived) in Small Places.`,
        email: true,
        refId: invoice.id,
      });
      return saved;
    });
  }

  /** The provider's member: received, or not arrived (the holder's side is told to check). */
  async answerReceipt(ctx: RequestContext, invoiceId: string, received: boolean): Promise<Invoice> {
    return this.db.transaction(async (tx) => {
      const invoice = await this.access.asProvider(tx, ctx, invoiceId);
      if (!invoice.paidOn) throw conflict('Nobody has recorded paying this invoice yet.');
      if (invoice.receipt === 'RECEIVED') throw conflict('You already confirmed receiving this payment.');
      invoice.receipt = received ? 'RECEIVED' : 'NOT_ARRIVED';
      invoice.receiptAnsweredAt = ctx.now;
      const saved = await tx.getRepository(Invoice).save(invoice);
      await this.audit.record(tx, ctx, {
        action: received ? 'INVOICE_PAYMENT_RECEIVED' : 'INVOICE_PAYMENT_NOT_ARRIVED',
        recordType: 'Invoice',
        recordId: invoice.id,
        subjectUserId: invoice.holderId,
        detail: {},
      });
      if (!received) {
        await this.notifications.notify(tx, {
          userIds: await this.access.holderSideUsers(tx, invoice),
          kind: NotificationKind.INVOICE_UPDATE,
          title: `Payment for invoice ${invoice.number} has not arrived`,
          body: `${invoice.enterpriseName} says your payment of ${money(invoice.totalPence)} for invoice ${invoice.number} (recorded as paid on ${invoice.paidOn ? longDate(invoice.paidOn) : 'an earlier day'}) has not arrived. Please check your direct-payment account and talk to them.`,
          email: true,
          refId: invoice.id,
        });
      }
      return saved;
    });
  }
}
