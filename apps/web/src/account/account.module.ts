import { Module } from '@nestjs/common';
import { SiteMenu } from '../platform/site-menu';
import { AccountController } from './account.controller';

@Module({ controllers: [AccountController] })
export class AccountModule {
  constructor(menu: SiteMenu) {
    menu.addNavigation({ href: '/home', text: 'Home', audience: 'signed-in' });
  }
}
