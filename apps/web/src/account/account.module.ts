import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { SiteMenu } from '../platform/site-menu';
import { AccountController } from './account.controller';
import { NotificationsController } from './notifications.controller';
import { PasswordResetController } from './password-reset.controller';
import { UnreadCountInterceptor } from './unread-count.interceptor';

@Module({
  controllers: [AccountController, NotificationsController, PasswordResetController],
  providers: [{ provide: APP_INTERCEPTOR, useClass: UnreadCountInterceptor }],
})
export class AccountModule {
  constructor(menu: SiteMenu) {
    menu.addNavigation({ href: '/home', text: 'Home', audience: 'signed-in' });
    menu.addNavigation({ href: '/notifications', text: 'Notifications', audience: 'signed-in' });
  }
}
