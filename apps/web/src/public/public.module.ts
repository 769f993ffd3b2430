import { Module } from '@nestjs/common';
import { SiteMenu } from '../platform/site-menu';
import { EnterprisePageController } from './enterprise-page.controller';
import { PublicController } from './public.controller';
import { SiteInfoController } from './site-info.controller';

@Module({ controllers: [PublicController, EnterprisePageController, SiteInfoController] })
export class PublicModule {
  constructor(menu: SiteMenu) {
    menu.addNavigation({ href: '/find-support', text: 'Find support', audience: 'everyone' });
    menu.addHomeTask({
      href: '/find-support',
      text: 'Find support',
      hint: 'Search for care and support near you, by postcode.',
      audience: ['BUDGET_HOLDER', 'DELEGATE'],
    });
  }
}
