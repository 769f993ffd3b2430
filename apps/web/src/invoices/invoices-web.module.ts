import { Module } from '@nestjs/common';
import { SiteMenu } from '../platform/site-menu';
import { HolderInvoicesController } from './holder-invoices.controller';
import { ProviderInvoicesController } from './provider-invoices.controller';

const HOLDERS: ['BUDGET_HOLDER', 'DELEGATE'] = ['BUDGET_HOLDER', 'DELEGATE'];

/** Visits and invoices for both sides (issue 16, docs/invoices.md). */
@Module({ controllers: [HolderInvoicesController, ProviderInvoicesController] })
export class InvoicesWebModule {
  constructor(menu: SiteMenu) {
    menu.addNavigation({ href: '/visits', text: 'Check visits', audience: HOLDERS });
    menu.addNavigation({ href: '/invoices-to-pay', text: 'Invoices to pay', audience: HOLDERS });
    menu.addNavigation({ href: '/money-owed', text: 'Money owed to you', audience: ['PROVIDER'] });
    menu.addHomeTask({
      href: '/visits',
      text: 'Check and confirm visits',
      hint: 'Say whether each visit happened, so the provider can invoice it.',
      audience: HOLDERS,
    });
    menu.addHomeTask({
      href: '/invoices-to-pay',
      text: 'Invoices to pay',
      hint: 'Invoices from providers, and telling them you have paid.',
      audience: HOLDERS,
    });
    menu.addHomeTask({
      href: '/money-owed',
      text: 'Money owed to you',
      hint: 'Invoices not paid yet, how late they are, and issuing a new invoice.',
      audience: ['PROVIDER'],
    });
  }
}
