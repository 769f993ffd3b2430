import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import { forbidden, isUuid, notFound, RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Invoice } from './entities/invoice.entity';

export enum InvoiceSideOf {
  PROVIDER = 'PROVIDER',
  HOLDER = 'HOLDER',
}

/**
 * Who may see or act on an invoice: the provider's members (their enterprise issued it), and the holder and
 * the delegates of the budget it is addressed to. Anyone else: FORBIDDEN; an unknown or malformed id NOT_FOUND.
 */
@Injectable()
export class InvoiceAccess {
  constructor(private readonly access: AccessService) {}

  async find(tx: EntityManager, id: string, lock = false): Promise<Invoice> {
    const invoice = isUuid(id)
      ? await tx
          .getRepository(Invoice)
          .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (!invoice) throw notFound('That invoice');
    return invoice;
  }

  async sideOf(tx: EntityManager, ctx: RequestContext, invoice: Invoice): Promise<InvoiceSideOf | null> {
    const userId = ctx.signedIn.id;
    if (invoice.holderId === userId) return InvoiceSideOf.HOLDER;
    if (
      invoice.budgetId &&
      (await this.access.hasGrant(tx, userId, GrantKind.DelegateOfBudget, invoice.budgetId))
    )
      return InvoiceSideOf.HOLDER;
    if (await this.access.hasGrant(tx, userId, GrantKind.MemberOfEnterprise, invoice.enterpriseId))
      return InvoiceSideOf.PROVIDER;
    return null;
  }

  async either(tx: EntityManager, ctx: RequestContext, id: string, lock = false) {
    const invoice = await this.find(tx, id, lock);
    const side = await this.sideOf(tx, ctx, invoice);
    if (!side) throw forbidden();
    return { invoice, side };
  }

  async asHolderSide(tx: EntityManager, ctx: RequestContext, id: string): Promise<Invoice> {
    const { invoice, side } = await this.either(tx, ctx, id, true);
    if (side !== InvoiceSideOf.HOLDER)
      throw forbidden('The person invoiced (or their delegate) records a payment.');
    return invoice;
  }

  async asProvider(tx: EntityManager, ctx: RequestContext, id: string): Promise<Invoice> {
    const invoice = await this.find(tx, id, true);
    if (
      !(await this.access.hasGrant(tx, ctx.signedIn.id, GrantKind.MemberOfEnterprise, invoice.enterpriseId))
    )
      throw forbidden('Only the people of the enterprise that issued it can do this.');
    return invoice;
  }

  /** Members only: not even an Admin or the Catalyst invoices for a provider. */
  async requireMember(tx: EntityManager, ctx: RequestContext, enterpriseId: string): Promise<void> {
    if (!(await this.access.hasGrant(tx, ctx.signedIn.id, GrantKind.MemberOfEnterprise, enterpriseId)))
      throw forbidden('Only the people of this enterprise can do this.');
  }

  /** Enterprises I am a member of, and budgets I am a delegate of (for lists). */
  async scopes(tx: EntityManager, ctx: RequestContext) {
    return {
      enterpriseIds: await this.access.scopesOf(tx, ctx.signedIn.id, GrantKind.MemberOfEnterprise),
      budgetIds: await this.access.scopesOf(tx, ctx.signedIn.id, GrantKind.DelegateOfBudget),
    };
  }

  holderSideUsers(tx: EntityManager, invoice: Invoice): Promise<string[]> {
    return this.holderSideOf(tx, invoice.holderId, invoice.budgetId);
  }

  async holderSideOf(tx: EntityManager, holderId: string | null, budgetId: string | null): Promise<string[]> {
    const people = holderId ? [holderId] : [];
    if (budgetId) people.push(...(await this.access.holdersOf(tx, GrantKind.DelegateOfBudget, budgetId)));
    return people;
  }

  providerUsers(tx: EntityManager, enterpriseId: string): Promise<string[]> {
    return this.access.holdersOf(tx, GrantKind.MemberOfEnterprise, enterpriseId);
  }
}
