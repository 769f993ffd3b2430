import { Module } from '@nestjs/common';
import { SiteMenu } from '../platform/site-menu';
import { AdminController } from './admin.controller';
import { QueueDashboardController } from './queue-dashboard.controller';

@Module({ controllers: [AdminController, QueueDashboardController] })
export class AdminModule {
  constructor(menu: SiteMenu) {
    menu.addNavigation({ href: '/admin', text: 'Admin', audience: ['ADMIN'] });
    menu.addHomeTask({
      href: '/admin/areas',
      text: 'Areas',
      hint: 'See the Areas, add one, and change an Area’s checklist rules.',
      audience: ['ADMIN'],
    });
    menu.addHomeTask({
      href: '/admin/catalysts',
      text: 'Catalysts and invitations',
      hint: 'See who the Catalysts are, and send again or withdraw invitations not answered yet.',
      audience: ['ADMIN'],
    });
    menu.addHomeTask({
      href: '/admin/queues',
      text: 'Job queues',
      hint: 'Emails and reminders waiting to be sent, and failed ones to retry.',
      audience: ['ADMIN'],
    });
    menu.addHomeTask({
      href: '/admin/invite-catalyst',
      text: 'Invite a Catalyst',
      hint: 'Send someone an email inviting them to coach enterprises in your Areas.',
      audience: ['ADMIN'],
    });
  }
}
