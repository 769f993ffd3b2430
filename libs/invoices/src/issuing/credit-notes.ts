import { Injectable } from '@nestjs/common';
import { NotificationKind, NotificationService } from '@small-places/notifications';
import { AuditService, badInput, Database, londonDate, RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { CreditNote } from '../entities/invoice.entity';
import { InvoiceAccess } from '../invoice-access';
import { money } from './invoice-lines';
import { nextNumber } from './invoice-numbers';

/** An issued invoice is never edited: a credit note (numbered per enterprise, no gaps) takes money off it. */
@Injectable()
export class CreditNotes {
  constructor(
    private readonly db: Database,
    private readonly access: InvoiceAccess,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
  ) {}

  async issue(
    ctx: RequestContext,
    invoiceId: string,
    amountPence: number,
    reason: string,
  ): Promise<CreditNote> {
    return this.db.transaction(async (tx) => {
      const invoice = await this.access.asProvider(tx, ctx, invoiceId);
      const left = invoice.totalPence - (await this.creditedPence(tx, invoice.id));
      if (amountPence > left) {
        throw badInput(`A credit note can take at most ${money(left)} off this invoice.`, {
          amountPence: ['is more than is left on the invoice'],
        });
      }
      const repository = tx.getRepository(CreditNote);
      const note = await repository.save(
        repository.create({
          invoiceId: invoice.id,
          enterpriseId: invoice.enterpriseId,
          number: await nextNumber(tx, invoice.enterpriseId, 'CREDIT_NOTE'),
          amountPence,
          reason,
          issuedOn: londonDate(ctx.now),
          issuedById: ctx.signedIn.id,
        }),
      );
      await this.audit.record(tx, ctx, {
        action: 'CREDIT_NOTE_ISSUED',
        recordType: 'Invoice',
        recordId: invoice.id,
        subjectUserId: invoice.holderId,
        detail: { creditNote: note.number, amountPence },
      });
      await this.notifications.notify(tx, {
        userIds: await this.access.holderSideUsers(tx, invoice),
        kind: NotificationKind.INVOICE_UPDATE,
        title: `Credit note for invoice ${invoice.number}`,
        body: `${invoice.enterpriseName} took ${money(amountPence)} off invoice ${invoice.number}: ${reason}. ${invoice.paidOn ? 'You paid it already, so they owe you this back.' : `You now owe ${money(left - amountPence)}.`}`,
        email: true,
        refId: invoice.id,
      });
      return note;
    });
  }

  async creditedPence(tx: EntityManager, invoiceId: string): Promise<number> {
    const [row]: Array<{ sum: number }> = await tx.query(
      `SELECT coalesce(sum(amount_pence), 0)::int AS sum FROM credit_notes WHERE invoice_id = $1`,
      [invoiceId],
    );
    return row.sum;
  }

  async ofInvoices(tx: EntityManager, invoiceIds: readonly string[]): Promise<Map<string, CreditNote[]>> {
    const notes = invoiceIds.length
      ? await tx
          .getRepository(CreditNote)
          .createQueryBuilder('note')
          .where('note.invoiceId = ANY(:ids::uuid[])', { ids: [...invoiceIds] })
          .orderBy('note.number')
          .getMany()
      : [];
    const byInvoice = new Map<string, CreditNote[]>(invoiceIds.map((id) => [id, []]));
    for (const note of notes) byInvoice.get(note.invoiceId)!.push(note);
    return byInvoice;
  }
}
