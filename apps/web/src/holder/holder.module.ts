import { Module } from '@nestjs/common';
import { SiteMenu } from '../platform/site-menu';
import { BookingController } from './booking.controller';
import { BudgetController } from './budget.controller';
import { DelegatesController } from './delegates.controller';

const HOLDERS: ['BUDGET_HOLDER', 'DELEGATE'] = ['BUDGET_HOLDER', 'DELEGATE'];

/** Budget holders and their delegates: a listing's page, booking, their bookings and their budget. */
@Module({ controllers: [BookingController, BudgetController, DelegatesController] })
export class HolderModule {
  constructor(menu: SiteMenu) {
    menu.addNavigation({ href: '/bookings', text: 'Your bookings', audience: HOLDERS });
    menu.addNavigation({ href: '/budget', text: 'Your budget', audience: HOLDERS });
    menu.addHomeTask({
      href: '/bookings',
      text: 'Your bookings',
      hint: 'See your bookings, send a message or cancel one.',
      audience: HOLDERS,
    });
    menu.addHomeTask({
      href: '/budget',
      text: 'Your budget',
      hint: 'See what is left this period, your statement, and add an expense.',
      audience: HOLDERS,
    });
  }
}
