import { Injectable } from '@nestjs/common';
import { InvoiceableBooking, InvoiceableBookings, INVOICEABLE_STATES } from '@small-places/bookings';
import { IdentityService } from '@small-places/identity';
import { longDate, NotificationKind, NotificationService } from '@small-places/notifications';
import {
  addDays,
  AuditService,
  badInput,
  conflict,
  Database,
  DomainEvents,
  isUniqueViolation,
  londonDate,
  notFound,
  RequestContext,
} from '@small-places/platform';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Invoice, InvoiceLine, InvoiceSettings } from '../entities/invoice.entity';
import { InvoiceAccess } from '../invoice-access';
import { invoiceLines, money } from './invoice-lines';
import { nextNumber } from './invoice-numbers';

export const DEFAULT_DUE_DAYS = 14;
export const MAX_BOOKINGS_PER_INVOICE = 200;

/** Issuing an invoice (issueInvoice, and the worker's monthly run): one holder, confirmed bookings, a number. */
@Injectable()
export class InvoiceIssuer {
  constructor(
    private readonly db: Database,
    private readonly access: InvoiceAccess,
    private readonly bookings: InvoiceableBookings,
    private readonly identity: IdentityService,
    private readonly notifications: NotificationService,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
  ) {}

  async issue(ctx: RequestContext, bookingIds: string[]): Promise<Invoice> {
    if (bookingIds.length === 0) {
      throw badInput('An invoice needs at least one delivered, confirmed booking.', {
        bookingIds: ['is empty'],
      });
    }
    if (bookingIds.length > MAX_BOOKINGS_PER_INVOICE) {
      throw badInput(`An invoice can list at most ${MAX_BOOKINGS_PER_INVOICE} bookings.`, {
        bookingIds: ['too many'],
      });
    }
    try {
      return await this.db.transaction(async (tx) => {
        const bookings = await this.bookings.lock(tx, bookingIds);
        if (bookings.length !== new Set(bookingIds).size) throw notFound('One of those bookings');
        const enterpriseIds = new Set(bookings.map((booking) => booking.enterpriseId));
        for (const enterpriseId of enterpriseIds) await this.access.requireMember(tx, ctx, enterpriseId);
        if (enterpriseIds.size > 1) {
          throw badInput('An invoice is from one enterprise: these bookings are with more than one.', {
            bookingIds: ['span enterprises'],
          });
        }
        this.assertInvoiceable(bookings);
        const invoiced = await tx.query(
          `SELECT booking_id FROM invoice_lines WHERE booking_id = ANY($1::uuid[])`,
          [bookings.map((booking) => booking.id)],
        );
        if (invoiced.length > 0) throw conflict('One of those bookings is already on an invoice.');
        return this.issueIn(tx, ctx, bookings, ctx.signedIn.id);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'invoice_lines_booking_key'))
        throw conflict('One of those bookings is already on an invoice.');
      throw error;
    }
  }

  /**
   * Inside a transaction that holds the bookings' locks, with the bookings checked. Everything that does not
   * need the number (the audit event, the timeline, the notification, which name the invoice by its id and
   * amount) is written first; then the number is taken and the invoice and its lines inserted, so concurrent
   * issuers of one enterprise queue on the counter's row lock for three statements only.
   */
  async issueIn(
    tx: EntityManager,
    ctx: RequestContext,
    bookings: InvoiceableBooking[],
    issuedById: string | null,
  ): Promise<Invoice> {
    const [first] = bookings;
    const settings = await tx
      .getRepository(InvoiceSettings)
      .findOne({ where: { enterpriseId: first.enterpriseId } });
    const [enterprise]: Array<{ name: string; postcode: string }> = await tx.query(
      `SELECT name, postcode FROM crm_enterprise_directory WHERE id = $1`,
      [first.enterpriseId],
    );
    const holderName = first.holderId
      ? ((await this.identity.displayNames([first.holderId], tx)).get(first.holderId)?.displayName ??
        'Former account')
      : 'Former account';
    const lines = invoiceLines(bookings);
    const issuedOn = londonDate(ctx.now);
    const repository = tx.getRepository(Invoice);
    const invoice = repository.create({
      id: randomUUID(),
      enterpriseId: first.enterpriseId,
      holderId: first.holderId,
      budgetId: first.budgetId,
      holderName,
      enterpriseName: enterprise.name,
      enterprisePostcode: enterprise.postcode,
      issuedOn,
      dueOn: addDays(issuedOn, settings?.dueDays ?? DEFAULT_DUE_DAYS),
      totalPence: lines.reduce((sum, line) => sum + line.amountPence, 0),
      issuedById,
      paidOn: null,
      paymentMethod: null,
      paymentReference: null,
      paymentRecordedById: null,
      paymentRecordedAt: null,
      receipt: null,
      receiptAnsweredAt: null,
    });
    const visits = `${lines.length} visit${lines.length === 1 ? '' : 's'}`;
    await this.audit.record(tx, ctx, {
      action: 'INVOICE_ISSUED',
      recordType: 'Invoice',
      recordId: invoice.id,
      subjectUserId: invoice.holderId,
      detail: { enterpriseId: invoice.enterpriseId, lines: lines.length },
    });
    await this.events.publish(tx, {
      kind: 'INVOICE_ISSUED',
      enterpriseId: invoice.enterpriseId,
      occurredAt: ctx.now,
      actorId: issuedById,
      summary: `Invoice issued to ${holderName}: ${money(invoice.totalPence)} for ${visits}`,
      refId: invoice.id,
    });
    await this.notifications.notify(tx, {
      userIds: await this.access.holderSideOf(tx, invoice.holderId, invoice.budgetId),
      kind: NotificationKind.INVOICE_UPDATE,
      title: `Invoice from ${invoice.enterpriseName}`,
      body: `${invoice.enterpriseName} sent you an invoice for ${money(invoice.totalPence)} (${visits}), due by ${longDate(invoice.dueOn)}. Pay it from your direct-payment account as usual, then choose "I have paid this" under Invoices to pay in Small Places.`,
      email: true,
      refId: invoice.id,
    });
    invoice.number = await nextNumber(tx, first.enterpriseId, 'INVOICE');
    await repository.insert(invoice);
    await tx.getRepository(InvoiceLine).insert(lines.map((line) => ({ ...line, invoiceId: invoice.id })));
    return invoice;
  }

  private assertInvoiceable(bookings: InvoiceableBooking[]): void {
    const waiting = bookings.filter(
      (booking) =>
        !booking.delivered || !booking.visitState || !INVOICEABLE_STATES.includes(booking.visitState),
    );
    if (waiting.length > 0) {
      throw badInput(
        'Only delivered visits that the person supported confirmed (or that were confirmed by default) can be invoiced.',
        { bookingIds: waiting.map((booking) => `${booking.id} is not delivered and confirmed`) },
      );
    }
    const holders = new Set(bookings.map((booking) => `${booking.holderId}/${booking.budgetId}`));
    if (holders.size > 1) {
      throw badInput(
        'An invoice is to one person, paid from one budget: these bookings are for more than one.',
        {
          bookingIds: ['span holders or budgets'],
        },
      );
    }
  }
}
