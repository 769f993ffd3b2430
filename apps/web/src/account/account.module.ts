import { Module } from '@nestjs/common';
import { SiteMenu } from '../platform/site-menu';
import { AccountController } from './account.controller';
import { NotificationsController } from './notifications.controller';
import { PasswordResetController } from './password-reset.controller';

@Module({ controllers: [AccountController, NotificationsController, PasswordResetController] })
export class AccountModule {
  constructor(menu: SiteMenu) {
    menu.addNavigation({ href: '/home', text: 'Home', audience: 'signed-in' });
    menu.addNavigation({ href: '/notifications', text: 'Notifications', audience: 'signed-in' });
  }
}
