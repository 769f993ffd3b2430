import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { SiteMenu } from '../platform/site-menu';
import { ProviderBookingsController } from './provider-bookings.controller';
import { ProviderChecklistController } from './provider-checklist.controller';
import { evidenceUploadMiddleware, ProviderEvidenceController } from './provider-evidence.controller';
import { ProviderChecklistUpdateController } from './provider-checklist-update.controller';
import { ProviderJoiningController } from './provider-joining.controller';
import { ProviderListingsController } from './provider-listings.controller';

/** The provider's area: their business's checklist, listings, booking requests and calendar feed. */
@Module({
  controllers: [
    ProviderJoiningController,
    ProviderChecklistController,
    ProviderEvidenceController,
    ProviderChecklistUpdateController,
    ProviderListingsController,
    ProviderBookingsController,
  ],
})
export class ProviderModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(evidenceUploadMiddleware).forRoutes({
      path: 'your-business/:enterpriseId/to-do/:itemId/evidence',
      method: RequestMethod.POST,
    });
  }

  constructor(menu: SiteMenu) {
    const audience = ['PROVIDER' as const];
    // The provider's four places, in the header on every page (issue 20).
    menu.addNavigation({
      href: '/your-business',
      text: 'What you need to do',
      audience,
      current: /^\/your-business(\/choose|\/[^/]+\/to-do(\/.*)?)?$/,
    });
    menu.addNavigation({
      href: '/your-business?next=listings',
      text: 'Your listings',
      audience,
      current: /^\/your-business\/[^/]+\/listings(\/|$)/,
    });
    menu.addNavigation({ href: '/booking-requests', text: 'Booking requests', audience });
    menu.addNavigation({ href: '/calendar-feed', text: 'Calendar link', audience });
    menu.addHomeTask({
      href: '/your-business',
      text: 'What you need to do',
      hint: 'The checks and papers your business needs, most urgent first.',
      audience,
    });
    menu.addHomeTask({
      href: '/your-business?next=listings',
      text: 'Your listings',
      hint: 'Describe what you offer, and publish it so people can find you.',
      audience,
    });
    menu.addHomeTask({
      href: '/booking-requests',
      text: 'Booking requests',
      hint: 'Accept or decline requests, mark support delivered, and send messages.',
      audience,
    });
    menu.addHomeTask({
      href: '/calendar-feed',
      text: 'Your calendar link',
      hint: 'See your deadlines and bookings in Outlook or Google Calendar.',
      audience,
    });
  }
}
