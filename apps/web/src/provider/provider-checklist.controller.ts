import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { PageNotFound } from '../platform/api-errors';
import { EVIDENCE_ACCEPT } from '@small-places/compliance/evidence-rules';
import { errorsFromProblem, fieldErrors, hasErrors } from '../platform/form-errors';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { dateFromFields, groupByUrgency, londonToday, withDateLinks } from './provider-pages';
import { CHECKLIST, UPDATE_CHECKLIST_ITEM } from './provider.operations';
import type { ChecklistItemStatus } from '../generated/graphql';

import { BUSINESS, DATE_IDS, complianceWords, myEnterprises, session } from './provider-shared';

/**
 * What the provider's enterprise needs to do, most urgent first, and recording each item. Every read and write goes through the API, which checks that the person is a member of the
 * enterprise.
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
    const groups = groupByUrgency(enterprise.checklist.items, londonToday());
    const mandatoryOpen = enterprise.checklist.items.filter(
      (item) => item.requirement.mandatory && item.status !== 'DONE' && item.status !== 'WAIVED',
    ).length;
    return {
      enterprise,
      groups,
      mandatoryOpen,
      complianceWords: complianceWords(enterprise.checklist.status),
    };
  }

  @Get('your-business/:enterpriseId/to-do/:itemId')
  @SignedIn('PROVIDER')
  @Render('provider/views/record-item.njk')
  async recordItemPage(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('itemId') itemId: string,
  ) {
    const { enterprise } = await this.api.query(req, CHECKLIST, { id: enterpriseId });
    const item = enterprise.checklist.items.find((candidate) => candidate.id === itemId);
    if (!item) throw new PageNotFound();
    const itemForm = formState(req, `item-${itemId}`);
    const evidenceForm = formState(req, `evidence-${itemId}`);
    return {
      ...itemForm,
      errors: hasErrors(evidenceForm.errors) ? evidenceForm.errors : itemForm.errors,
      evidenceErrors: evidenceForm.errors,
      evidenceAccept: EVIDENCE_ACCEPT,
      enterprise,
      item,
    };
  }

  @Post('your-business/:enterpriseId/to-do/:itemId')
  @SignedIn('PROVIDER')
  @Redirect()
  async recordItem(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('itemId') itemId: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const formName = `item-${itemId}`;
    const back = `${BUSINESS}/${encodeURIComponent(enterpriseId)}/to-do/${encodeURIComponent(itemId)}`;
    const status = textField(body, 'status');
    const dateField = status === 'IN_PROGRESS' ? 'startedOn' : 'completedOn';
    const date = dateFromFields(body, dateField);
    const expires = dateFromFields(body, 'expiresOn');
    const problems: Record<string, string> = {};
    if (status !== 'DONE' && status !== 'IN_PROGRESS')
      problems.status = 'Choose whether it is done or started';
    if (date.kind === 'invalid') problems[dateField] = 'Enter a real date, like 27 3 2026';
    if (status === 'DONE' && expires.kind === 'invalid')
      problems.expiresOn = 'Enter a real date, like 27 3 2027';
    if (Object.keys(problems).length > 0)
      return rejectForm(req, formName, body, withDateLinks(fieldErrors(problems), DATE_IDS), back);
    const reference = textField(body, 'reference');
    const note = textField(body, 'note');
    const input = {
      itemId,
      status: status as ChecklistItemStatus,
      ...(date.kind === 'date' ? { [dateField]: date.value } : {}),
      ...(status === 'DONE' && expires.kind === 'date' ? { expiresOn: expires.value } : {}),
      ...(reference ? { reference } : {}),
      ...(note ? { note } : {}),
    };
    const result = await this.api.mutate(req, UPDATE_CHECKLIST_ITEM, { input });
    if (!result.ok) {
      const errors = errorsFromProblem(result.problem, 'status', { fieldIds: { itemId: 'status' } });
      return rejectForm(req, formName, body, withDateLinks(errors, DATE_IDS), back);
    }
    session(req).setFlash({
      success: true,
      title: status === 'DONE' ? 'Recorded as done' : 'Recorded as started',
      text:
        status === 'DONE'
          ? 'Your Catalyst can see it. We will remind you before it runs out.'
          : 'We will remind you to record it as done when you hear back.',
    });
    return redirectTo(`${BUSINESS}/${encodeURIComponent(enterpriseId)}/to-do`);
  }
}
