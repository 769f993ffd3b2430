import { Module } from '@nestjs/common';
import { SiteMenu } from '../platform/site-menu';
import { AccountController } from './account.controller';
import { NotificationsController } from './notifications.controller';

@Module({ controllers: [AccountController, NotificationsController] })
export class AccountModule {
  constructor(menu: SiteMenu) {
    menu.addNavigation({ href: '/home', text: 'Home', audience: 'signed-in' });
    menu.addNavigation({ href: '/notifications', text: 'Notifications', audience: 'signed-in' });
  }
}
