import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { longDate } from '../platform/dates';
import { errorsFromProblem, fieldErrors } from '../platform/form-errors';
import { redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { ENTERPRISE_NAMES } from './catalyst.operations';
import { CHECKLIST_ITEMS_TO_CHECK, REVIEW_CHECKLIST_ITEM } from './to-check.operations';
import { checklistItemPage } from './caseload-paths';

const PAGE_SIZE = 20;

/**
 * The Catalyst's "to check" queue (items recorded done, waiting for their check, the longest waiting first)
 * the Check / Return form on a checklist item's page (caseload/:id/checklist/:itemId), and the download of
 * the item's evidence files (the API authorises it and audits the read).
 */
@Controller()
@SignedIn('CATALYST', 'ADMIN')
export class ToCheckController {
  constructor(private readonly api: ApiClient) {}

  @Get('to-check')
  @Render('catalyst/views/to-check.njk')
  async toCheck(@Req() req: Request, @Query('after') after?: string) {
    const [queue, names] = await Promise.all([
      this.api.query(req, CHECKLIST_ITEMS_TO_CHECK, { first: PAGE_SIZE, after: after || undefined }),
      this.api.query(req, ENTERPRISE_NAMES, { first: 100 }),
    ]);
    const nameOf = new Map(names.enterprises.edges.map(({ node }) => [node.id, node.name]));
    const { checklistItemsToCheck: items } = queue;
    return {
      totalCount: items.totalCount,
      items: items.edges.map(({ node }) => ({
        ...node,
        enterpriseName: nameOf.get(node.enterpriseId) ?? 'An enterprise',
        waitingSinceText: longDate(node.awaitingCheckSince),
      })),
      firstPageUrl: after ? '/to-check' : undefined,
      nextPageUrl: items.pageInfo.hasNextPage
        ? `/to-check?after=${encodeURIComponent(items.pageInfo.endCursor ?? '')}`
        : undefined,
    };
  }

  @Get('caseload/:id/evidence/:fileId')
  async evidence(@Req() req: Request, @Res() res: Response, @Param('fileId') fileId: string): Promise<void> {
    await this.api.streamTo(req, `/evidence/${encodeURIComponent(fileId)}`, res);
  }

  @Post('caseload/:id/checklist/:itemId/review')
  @Redirect()
  async review(
    @Req() req: Request,
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const back = checklistItemPage(id, itemId);
    const decision = textField(body, 'decision');
    const reason = textField(body, 'reason');
    if (decision !== 'CHECKED' && decision !== 'RETURNED') {
      const errors = fieldErrors({ decision: 'Select whether it is right or needs fixing' });
      return rejectForm(req, 'checklist-review', body, errors, back);
    }
    if (decision === 'RETURNED' && !reason) {
      const errors = fieldErrors({ reason: 'Enter what the provider needs to fix' });
      return rejectForm(req, 'checklist-review', body, errors, back);
    }
    const result = await this.api.mutate(req, REVIEW_CHECKLIST_ITEM, {
      input: { itemId, decision, ...(decision === 'RETURNED' ? { reason } : {}) },
    });
    if (!result.ok) {
      const errors = errorsFromProblem(result.problem, decision === 'RETURNED' ? 'reason' : 'decision', {
        fieldIds: { itemId: 'decision' },
      });
      return rejectForm(req, 'checklist-review', body, errors, back);
    }
    req.webSession?.setFlash(
      decision === 'CHECKED'
        ? {
            success: true,
            title: 'Checked',
            text: 'The public now sees this check with today’s date. Listings that needed it are verified again once everything they need is checked.',
          }
        : {
            success: true,
            title: 'Returned to the provider',
            text: 'We have told them what to fix. It comes back to your “to check” list when they change it.',
          },
    );
    return redirectTo('/to-check');
  }
}
