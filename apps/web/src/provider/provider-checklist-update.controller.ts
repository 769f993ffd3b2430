import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { EVIDENCE_ACCEPT } from '@small-places/compliance/evidence-rules';
import { PageNotFound } from '../platform/api-errors';
import { errorsFromProblem, NO_ERRORS } from '../platform/form-errors';
import {
  dropDraft,
  readDraft,
  redirectTo,
  RedirectTo,
  rejectForm,
  textField,
  writeDraft,
} from '../platform/forms';
import {
  Answers,
  checkRows,
  ItemAnswers,
  nextStep,
  previousStep,
  readStep,
  stepOfField,
  stepPath,
  stepToShow,
  stepValues,
  UpdateStep,
  updateInput,
} from './checklist-update';
import { withDateLinks } from './provider-pages';
import { BUSINESS, session } from './provider-shared';
import { CHECKLIST, UPDATE_CHECKLIST_ITEM } from './provider.operations';

const ITEM = 'your-business/:enterpriseId/to-do/:itemId';
const QUESTION_STEPS = ['date', 'expiry', 'details', 'check'] as const;

/**
 * Recording a checklist item, one question a page then check your answers (checklist-update.ts). Every read
 * and write goes through the API, which checks that the person is a member of the enterprise.
 */
@Controller()
export class ProviderChecklistUpdateController {
  constructor(private readonly api: ApiClient) {}

  @Get(ITEM)
  @SignedIn('PROVIDER')
  @Render('provider/views/update-item.njk')
  statusPage(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('itemId') itemId: string,
  ) {
    return this.page(req, enterpriseId, itemId, 'status', false);
  }

  @Get(QUESTION_STEPS.map((step) => `${ITEM}/${step}`))
  @SignedIn('PROVIDER')
  @Render('provider/views/update-item.njk')
  questionPage(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('itemId') itemId: string,
    @Query('change') change?: string,
  ) {
    return this.page(req, enterpriseId, itemId, stepOfPath(req), change === 'yes');
  }

  @Post(ITEM)
  @SignedIn('PROVIDER')
  @Redirect()
  answerStatus(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('itemId') itemId: string,
    @Body() body: unknown,
  ): RedirectTo {
    return this.answer(req, enterpriseId, itemId, 'status', body);
  }

  @Post(['date', 'expiry', 'details'].map((step) => `${ITEM}/${step}`))
  @SignedIn('PROVIDER')
  @Redirect()
  answerQuestion(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('itemId') itemId: string,
    @Body() body: unknown,
  ): RedirectTo {
    return this.answer(req, enterpriseId, itemId, stepOfPath(req), body);
  }

  @Post(`${ITEM}/check`)
  @SignedIn('PROVIDER')
  @Redirect()
  async save(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('itemId') itemId: string,
  ): Promise<RedirectTo> {
    const itemPath = pathOf(enterpriseId, itemId);
    const answers = readDraft<ItemAnswers>(req, draftName(itemId));
    if (!answers.status) return redirectTo(itemPath);
    const result = await this.api.mutate(req, UPDATE_CHECKLIST_ITEM, { input: updateInput(itemId, answers) });
    if (!result.ok) {
      // Back to the question the refusal is about, with the API's words beside it.
      const errors = errorsFromProblem(result.problem, 'status', {
        fieldIds: { itemId: 'status', completedOn: 'on', startedOn: 'on' },
        messages: result.problem.fields
          ? { expiresOn: result.problem.message, on: result.problem.message }
          : {},
      });
      const step = stepOfField(errors.summary[0]?.href.slice(1) ?? 'status');
      const values = stepValues(answers);
      return rejectForm(
        req,
        formName(itemId, step),
        values,
        withDateLinks(errors, ['on', 'expiresOn']),
        stepPath(itemPath, step, true),
      );
    }
    dropDraft(req, draftName(itemId));
    const done = answers.status === 'DONE';
    session(req).setFlash({
      success: true,
      title: done ? 'Recorded as done' : 'Recorded as started',
      text: done
        ? 'Your Catalyst can see it. We will remind you before it runs out.'
        : 'We will remind you to record it as done when you hear back.',
    });
    return redirectTo(`${BUSINESS}/${encodeURIComponent(enterpriseId)}/to-do`);
  }

  private async page(
    req: Request,
    enterpriseId: string,
    itemId: string,
    requested: UpdateStep,
    change: boolean,
  ) {
    const { enterprise } = await this.api.query(req, CHECKLIST, { id: enterpriseId });
    const item = enterprise.checklist.items.find((candidate) => candidate.id === itemId);
    if (!item || item.status === 'WAIVED') throw new PageNotFound();
    const answers: Answers = {
      // What the item already holds is offered again; where they are with it is always asked afresh.
      reference: item.reference ?? '',
      note: item.note ?? '',
      ...readDraft<ItemAnswers>(req, draftName(itemId)),
    };
    const step = stepToShow(requested, answers);
    const itemPath = pathOf(enterprise.id, item.id);
    const previous = previousStep(step, answers);
    const rejected = req.webSession?.takeForm(formName(itemId, step));
    // The item's first page also holds its photos and documents (evidence-files.njk) and their upload form.
    const evidence = step === 'status' ? req.webSession?.takeForm(`evidence-${itemId}`) : undefined;
    return {
      enterprise,
      item,
      step,
      change: change && step !== 'status',
      action: stepPath(itemPath, step),
      back:
        change && step !== 'check'
          ? stepPath(itemPath, 'check')
          : previous
            ? stepPath(itemPath, previous)
            : `${BUSINESS}/${enterprise.id}/to-do`,
      answers,
      rows:
        step === 'check'
          ? checkRows(answers, item).map((row) => ({ ...row, href: stepPath(itemPath, row.step, true) }))
          : [],
      values: rejected?.values ?? stepValues(answers),
      errors: evidence?.errors ?? rejected?.errors ?? NO_ERRORS,
      evidenceErrors: evidence?.errors ?? NO_ERRORS,
      evidenceAccept: EVIDENCE_ACCEPT,
    };
  }

  private answer(
    req: Request,
    enterpriseId: string,
    itemId: string,
    step: UpdateStep,
    body: unknown,
  ): RedirectTo {
    const itemPath = pathOf(enterpriseId, itemId);
    const before = readDraft<ItemAnswers>(req, draftName(itemId));
    const changing = textField(body, 'change') === 'yes';
    const read = readStep(step, body, before);
    if (read.kind === 'invalid')
      return rejectForm(req, formName(itemId, step), body, read.errors, stepPath(itemPath, step, changing));
    writeDraft<ItemAnswers>(req, draftName(itemId), read.answers);
    const answers = { ...before, ...read.answers };
    return redirectTo(stepPath(itemPath, nextStep(step, answers, changing), changing));
  }
}

function pathOf(enterpriseId: string, itemId: string): string {
  return `${BUSINESS}/${encodeURIComponent(enterpriseId)}/to-do/${encodeURIComponent(itemId)}`;
}

function draftName(itemId: string): string {
  return `checklist-item-${itemId}`;
}

function formName(itemId: string, step: UpdateStep): string {
  return `checklist-item-${itemId}-${step}`;
}

/** The step a question's address names: its last segment. */
function stepOfPath(req: Request): UpdateStep {
  return req.path.split('/').pop() as UpdateStep;
}
