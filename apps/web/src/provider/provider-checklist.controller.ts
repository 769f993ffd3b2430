import { Controller, Get, Param, Query, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { redirectTo, RedirectTo } from '../platform/forms';
import { checklistSummary, groupByUrgency, londonToday } from './provider-pages';
import { CHECKLIST } from './provider.operations';
import { BUSINESS, complianceWords, myEnterprises } from './provider-shared';

/**
 * What the provider's enterprise needs to do: how much is done, the next deadlines, then every item by urgency.
 * Recording one is ProviderChecklistUpdateController's. The API checks that the person is a member.
 */
@Controller()
export class ProviderChecklistController {
  constructor(private readonly api: ApiClient) {}

  // ---------------------------------------------------------------- your business and its checklist

  /** With one enterprise, straight to its page; with several (or none), choose first. */
  @Get('your-business')
  @SignedIn('PROVIDER')
  @Redirect()
  async yourBusiness(@Req() req: Request, @Query('next') next?: string): Promise<RedirectTo> {
    const page = next === 'listings' ? 'listings' : 'to-do';
    const enterprises = await myEnterprises(this.api, req);
    if (enterprises.length === 1) return redirectTo(`${BUSINESS}/${enterprises[0].id}/${page}`);
    return redirectTo(`${BUSINESS}/choose?next=${page}`);
  }

  @Get('your-business/choose')
  @SignedIn('PROVIDER')
  @Render('provider/views/choose-business.njk')
  async chooseBusiness(@Req() req: Request, @Query('next') next?: string) {
    const page = next === 'listings' ? 'listings' : 'to-do';
    const enterprises = await myEnterprises(this.api, req);
    return { enterprises, page, heading: page === 'listings' ? 'Your listings' : 'What you need to do' };
  }

  @Get('your-business/:enterpriseId/to-do')
  @SignedIn('PROVIDER')
  @Render('provider/views/to-do.njk')
  async toDo(@Req() req: Request, @Param('enterpriseId') enterpriseId: string) {
    const { enterprise } = await this.api.query(req, CHECKLIST, { id: enterpriseId });
    const today = londonToday();
    const groups = groupByUrgency(enterprise.checklist.items, today);
    const mandatoryOpen = enterprise.checklist.items.filter(
      (item) => item.requirement.mandatory && item.status !== 'DONE' && item.status !== 'WAIVED',
    ).length;
    return {
      enterprise,
      groups,
      summary: checklistSummary(enterprise.checklist.items, today),
      mandatoryOpen,
      complianceWords: complianceWords(enterprise.checklist.status),
    };
  }
}
