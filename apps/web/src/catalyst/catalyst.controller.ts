import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import path from 'node:path';
import { SignedIn } from '../platform/access';
import { ApiClient, sendDownload } from '../platform/api-client';
import { PageNotFound } from '../platform/api-errors';
import { errorsFromProblem, fieldErrors, NO_ERRORS } from '../platform/form-errors';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { WEB_ROOT } from '../platform/views';
import { addDays, dateInputParts, londonTime, londonToday, longDate } from '../platform/dates';
import { FormErrors } from '../platform/web-session';
import {
  ACTION_DUE,
  ACTION_OWNERS,
  ACTION_ROWS,
  ACTION_WHOSE,
  actionsFilter,
  CASELOAD_SORTS,
  COMPLIANCE,
  dateField,
  ITEM_STATUS,
  nextStage,
  parseSessionForm,
  plainStages,
  SESSION_MODES,
  STAGES,
} from './catalyst-words';
import {
  AREAS,
  COMPLETE_ACTION,
  COMPLIANCE_DEADLINES,
  ComplianceDeadlines,
  ENTERPRISE,
  ENTERPRISE_NAME,
  ENTERPRISE_NAMES,
  ENTERPRISES,
  IMPACT_REPORT,
  MOVE_STAGE,
  MY_ACTIONS,
  PIPELINE,
  RECORD_SESSION,
  UPDATE_CHECKLIST_ITEM,
} from './catalyst.operations';
import {
  barChart,
  compareFigures,
  enterpriseCountsChart,
  parseImpactQuery,
  pipelineFunnel,
  previousPeriod,
  quartersEnding,
  TREND_KEYS,
} from './impact-report';
import { checkView } from './to-check-words';
import type { ActionOwner, ComplianceStatus, PipelineStage, SessionMode } from '../generated/graphql';
import { checklistItemPage } from './caseload-paths';

const PAGE_SIZE = 20;
/** How far ahead "due soon" looks on the deadlines page. */
const DUE_WITHIN_DAYS = 30;
const WORDS = { stages: STAGES, compliance: COMPLIANCE, itemStatus: ITEM_STATUS };

export interface CaseloadQuery {
  search?: string;
  stage?: string;
  compliance?: string;
  area?: string;
  mine?: string;
  sort?: string;
  after?: string;
}

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * A list page's links: its first page and the next, keeping the page's own query (filters, order). Cursor
 * pages never silently stop: while the API says there is more, there is a "Next page".
 */
function pageLinks(path: string, query: Record<string, string>, pageInfo: PageInfo, onFirstPage: boolean) {
  const base = new URLSearchParams(Object.entries(query).filter(([, value]) => value));
  const next = new URLSearchParams(base);
  if (pageInfo.endCursor) next.set('after', pageInfo.endCursor);
  return {
    isFirstPage: onFirstPage,
    firstPageUrl: `${path}${base.size ? `?${base.toString()}` : ''}`,
    nextPageUrl: pageInfo.hasNextPage ? `${path}?${next.toString()}` : undefined,
  };
}

/** The Catalyst's pages: caseload, pipeline board, an enterprise, coaching, actions, deadlines, impact. */
@Controller()
@SignedIn('CATALYST', 'ADMIN')
export class CatalystController {
  constructor(private readonly api: ApiClient) {}

  @Get('caseload')
  @Render('catalyst/views/caseload.njk')
  async caseload(@Req() req: Request, @Query() query: CaseloadQuery) {
    const values = {
      search: single(query.search),
      stage: single(query.stage),
      compliance: single(query.compliance),
      area: single(query.area),
      mine: single(query.mine),
      sort: CASELOAD_SORTS[single(query.sort)] ? single(query.sort) : 'name',
    };
    const { areas } = await this.api.query(req, AREAS);
    // Only known choices reach the API: a hand-edited address narrows nothing rather than failing.
    const filter = {
      ...(values.search ? { search: values.search } : {}),
      ...(STAGES[values.stage] ? { stage: values.stage as PipelineStage } : {}),
      ...(COMPLIANCE[values.compliance] ? { complianceStatus: values.compliance as ComplianceStatus } : {}),
      ...(areas.some((area) => area.id === values.area) ? { areaId: values.area } : {}),
      ...(values.mine === 'yes' ? { catalystId: req.webSession?.user?.id } : {}),
    };
    const after = single(query.after) || undefined;
    const variables = { filter, first: PAGE_SIZE, sort: CASELOAD_SORTS[values.sort].sort };
    const answer = await this.api.mutate(req, ENTERPRISES, { ...variables, after });
    // A stale or mangled page cursor: start again from the first page.
    const { enterprises } = answer.ok ? answer.data : await this.api.query(req, ENTERPRISES, variables);
    const sortUrl = (sort: string) =>
      `/caseload?${new URLSearchParams(Object.entries({ ...values, sort }).filter(([, value]) => value)).toString()}`;
    return {
      values,
      areas,
      words: WORDS,
      sorts: CASELOAD_SORTS,
      sortUrls: { name: sortUrl('name'), stage: sortUrl('stage'), waiting: sortUrl('waiting') },
      totalCount: enterprises.totalCount,
      enterprises: enterprises.edges.map(({ node }) => ({
        ...node,
        nextDeadlineText: longDate(node.nextDeadline),
        late:
          node.nextDeadline !== null && node.nextDeadline !== undefined && node.nextDeadline < londonToday(),
      })),
      filtered: Object.keys(filter).length > 0,
      ...pageLinks('/caseload', values, enterprises.pageInfo, !after || !answer.ok),
    };
  }

  @Get('caseload/:id')
  @Render('catalyst/views/enterprise.njk')
  async enterprise(@Req() req: Request, @Param('id') id: string, @Query('after') afterParam?: string) {
    const timelineAfter = single(afterParam) || undefined;
    const answer = await this.api.mutate(req, ENTERPRISE, { id, timelineAfter });
    // A stale or mangled timeline cursor: the latest entries again (and any refusal as its page).
    const { enterprise } = answer.ok ? answer.data : await this.api.query(req, ENTERPRISE, { id });
    const path = `/caseload/${encodeURIComponent(id)}`;
    const links = pageLinks(path, {}, enterprise.timeline.pageInfo, !timelineAfter || !answer.ok);
    return {
      enterprise,
      words: WORDS,
      suggestedStageText: enterprise.suggestedStage ? STAGES[enterprise.suggestedStage] : undefined,
      timelineLinks: {
        ...links,
        firstPageUrl: `${links.firstPageUrl}#timeline`,
        nextPageUrl: links.nextPageUrl && `${links.nextPageUrl}#timeline`,
      },
      timeline: enterprise.timeline.edges.map((edge) => ({
        ...edge.node,
        summary: plainStages(edge.node.summary),
        when: londonTime(edge.node.occurredAt),
        who: edge.node.actorName ?? 'Small Places',
      })),
      checklist: enterprise.checklist.items.map((item) => ({
        ...item,
        dueOnText: longDate(item.dueOn),
        expiresOnText: longDate(item.expiresOn),
        open: item.status !== 'DONE' && item.status !== 'WAIVED',
      })),
      plannedTradingOnText: longDate(enterprise.plannedTradingOn),
    };
  }

  @Get('caseload/:id/checklist/:itemId')
  @Render('catalyst/views/checklist-item.njk')
  async checklistItem(@Req() req: Request, @Param('id') id: string, @Param('itemId') itemId: string) {
    const { enterprise } = await this.api.query(req, ENTERPRISE, { id });
    const item = enterprise.checklist.items.find((candidate) => candidate.id === itemId);
    if (!item) return { notFound: true, enterprise, ...formState(req, 'checklist-item') };
    const review = formState(req, 'checklist-review');
    const itemForm = formState(req, 'checklist-item');
    return {
      enterprise,
      item: {
        ...item,
        dueOnText: longDate(item.dueOn),
        expiresOnText: longDate(item.expiresOn),
        ...checkView(item),
      },
      words: WORDS,
      review,
      ...itemForm,
      // One error summary for the page, whichever form was sent.
      errors: review.errors.summary.length ? review.errors : itemForm.errors,
    };
  }

  @Post('caseload/:id/checklist/:itemId/confirm')
  @Redirect()
  async confirmItem(
    @Req() req: Request,
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const back = checklistItemPage(id, itemId);
    const completedOn = dateField(body, 'completedOn');
    if (completedOn === 'invalid')
      return rejectForm(
        req,
        'checklist-item',
        body,
        fieldErrors({ 'completedOn-day': 'Enter a real date, like 3 11 2026' }),
        back,
      );
    const reference = textField(body, 'reference');
    const input = {
      itemId,
      status: 'DONE' as const,
      ...(completedOn ? { completedOn } : {}),
      ...(reference ? { reference } : {}),
    };
    const result = await this.api.mutate(req, UPDATE_CHECKLIST_ITEM, { input });
    if (!result.ok) {
      const errors = errorsFromProblem(result.problem, 'completedOn-day', {
        fieldIds: { completedOn: 'completedOn-day' },
      });
      return rejectForm(req, 'checklist-item', body, errors, back);
    }
    req.webSession?.setFlash({
      success: true,
      title: 'Checklist item confirmed',
      text: 'It now shows as done. If it runs out, it shows on your deadlines page before then.',
    });
    return redirectTo(`/caseload/${encodeURIComponent(id)}#checklist`);
  }

  @Post('caseload/:id/checklist/:itemId/waive')
  @Redirect()
  async waiveItem(
    @Req() req: Request,
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const back = checklistItemPage(id, itemId);
    const waivedReason = textField(body, 'waivedReason');
    if (!waivedReason)
      return rejectForm(
        req,
        'checklist-item',
        body,
        fieldErrors({ waivedReason: 'Enter why this does not apply' }),
        back,
      );
    const result = await this.api.mutate(req, UPDATE_CHECKLIST_ITEM, {
      input: { itemId, status: 'WAIVED', waivedReason },
    });
    if (!result.ok) {
      return rejectForm(req, 'checklist-item', body, errorsFromProblem(result.problem, 'waivedReason'), back);
    }
    req.webSession?.setFlash({
      success: true,
      title: 'Checklist item waived',
      text: 'It no longer stops the enterprise from trading. Your reason is kept on its record.',
    });
    return redirectTo(`/caseload/${encodeURIComponent(id)}#checklist`);
  }

  @Get('caseload/:id/sessions/new')
  @Render('catalyst/views/record-session.njk')
  async recordSessionPage(@Req() req: Request, @Param('id') id: string) {
    const { enterprise } = await this.api.query(req, ENTERPRISE_NAME, { id });
    const state = formState(req, 'record-session');
    const today = dateInputParts(londonToday());
    const values = Object.keys(state.values).length
      ? state.values
      : { 'heldOn-day': today.day, 'heldOn-month': today.month, 'heldOn-year': today.year, minutes: '60' };
    return {
      ...state,
      values,
      enterprise,
      modes: SESSION_MODES,
      owners: ACTION_OWNERS,
      actionRows: Array.from({ length: ACTION_ROWS }, (_, index) => index + 1),
    };
  }

  @Post('caseload/:id/sessions/new')
  @Redirect()
  async recordSession(
    @Req() req: Request,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const back = `/caseload/${encodeURIComponent(id)}/sessions/new`;
    const parsed = parseSessionForm(body);
    if (!parsed.ok) return rejectForm(req, 'record-session', body, parsed.errors, back);
    const { form } = parsed;
    const result = await this.api.mutate(req, RECORD_SESSION, {
      input: {
        enterpriseId: id,
        heldOn: form.heldOn,
        minutes: form.minutes,
        mode: form.mode as SessionMode,
        summary: form.notes,
        topics: [form.topic],
        actions: form.actions.map((action) => ({ ...action, owner: action.owner as ActionOwner })),
      },
    });
    if (!result.ok) {
      const errors = errorsFromProblem(result.problem, 'heldOn-day', {
        fieldIds: { heldOn: 'heldOn-day', summary: 'notes', topics: 'topic', 'topics.0': 'topic' },
      });
      return rejectForm(req, 'record-session', body, errors, back);
    }
    const actionCount = result.data.recordCoachingSession.actions.length;
    req.webSession?.setFlash({
      success: true,
      title: 'Coaching session recorded',
      text:
        actionCount > 0
          ? `It is on the timeline below. ${actionCount === 1 ? 'Its action is' : `Its ${actionCount} actions are`} on your actions page, listed with this enterprise’s other open actions.`
          : 'It is on the timeline below.',
      ...(actionCount > 0
        ? {
            link: {
              href: `/actions?enterprise=${encodeURIComponent(id)}&due=any`,
              text: 'See this enterprise’s actions',
            },
          }
        : {}),
    });
    return redirectTo(`/caseload/${encodeURIComponent(id)}#timeline`);
  }

  @Get('pipeline')
  @Render('catalyst/views/pipeline.njk')
  async pipeline(@Req() req: Request, @Query('area') areaParam?: string) {
    const { areas } = await this.api.query(req, AREAS);
    const area = areas.find((candidate) => candidate.id === single(areaParam)) ?? areas[0];
    const state = formState(req, 'move-stage');
    if (!area) return { areas, words: WORDS, ...state };
    const { pipeline } = await this.api.query(req, PIPELINE, { areaId: area.id });
    return {
      ...state,
      areas,
      area,
      words: WORDS,
      stageOptions: Object.entries(STAGES).map(([value, text]) => ({ value, text })),
      columns: pipeline.map((column) => ({
        ...column,
        name: STAGES[column.stage] ?? column.stage,
        cards: column.enterprises.map((card) => ({
          ...card,
          next: nextStage(column.stage) ?? column.stage,
          suggestedStageText: card.suggestedStage ? STAGES[card.suggestedStage] : undefined,
        })),
      })),
    };
  }

  @Post('pipeline/move')
  @Redirect()
  async move(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const enterpriseId = textField(body, 'enterpriseId');
    const stage = textField(body, 'stage');
    const area = textField(body, 'area');
    // The enterprise page's "accept the suggested move" comes back to that page; the board to the board.
    const fromEnterprise = textField(body, 'from') === 'enterprise' && enterpriseId;
    const back = fromEnterprise
      ? `/caseload/${encodeURIComponent(enterpriseId)}`
      : `/pipeline${area ? `?area=${encodeURIComponent(area)}` : ''}`;
    const fieldId = `stage-${enterpriseId}`;
    if (!STAGES[stage])
      return rejectForm(req, 'move-stage', body, fieldErrors({ [fieldId]: 'Choose a stage' }), back);
    const result = await this.api.mutate(req, MOVE_STAGE, {
      input: { enterpriseId, stage: stage as PipelineStage },
    });
    if (!result.ok) {
      // The whole refusal (the gate lists every item still to do) goes at the top of the page; the card,
      // a narrow column, says where to read it.
      const errors: FormErrors = {
        summary: [{ text: plainStages(result.problem.message), href: `#${fieldId}` }],
        fields: { [fieldId]: { text: 'Not moved. The reason is at the top of the page.' } },
      };
      return rejectForm(req, 'move-stage', body, errors, back);
    }
    const moved = result.data.moveEnterpriseStage;
    req.webSession?.setFlash({
      success: true,
      title: `${moved.name} moved to ${STAGES[moved.stage] ?? moved.stage}`,
      text: 'The move is on its timeline.',
    });
    return redirectTo(back);
  }

  @Get('actions')
  @Render('catalyst/views/actions.njk')
  async actions(@Req() req: Request, @Query() query: Record<string, unknown>) {
    const today = londonToday();
    const enterpriseId = single(query.enterprise);
    const { whose, due, filter } = actionsFilter(
      { whose: single(query.whose), due: single(query.due), enterprise: enterpriseId },
      today,
    );
    const after = single(query.after) || undefined;
    const variables = { filter, first: PAGE_SIZE };
    const answer = await this.api.mutate(req, MY_ACTIONS, { ...variables, after });
    // A stale or mangled page cursor starts again; a refused enterprise is the API's 403 or 404 page.
    const [{ myActions }, named] = await Promise.all([
      answer.ok ? answer.data : this.api.query(req, MY_ACTIONS, variables),
      enterpriseId ? this.api.query(req, ENTERPRISE_NAME, { id: enterpriseId }) : undefined,
    ]);
    const values = { enterprise: enterpriseId, whose, due };
    return {
      values,
      enterprise: named?.enterprise,
      whoseOptions: Object.entries(ACTION_WHOSE).map(([value, { text }]) => ({
        value,
        text,
        selected: value === whose,
      })),
      dueOptions: Object.entries(ACTION_DUE).map(([value, { text }]) => ({
        value,
        text,
        selected: value === due,
      })),
      dueText: ACTION_DUE[due].text,
      whoseText: ACTION_WHOSE[whose].text,
      returnTo: `/actions?${new URLSearchParams(Object.entries(values).filter(([, value]) => value)).toString()}`,
      totalCount: myActions.totalCount,
      actions: myActions.edges.map(({ node }) => ({
        ...node,
        dueOnText: longDate(node.dueOn),
        late: node.dueOn < today,
        ownerText: node.owner === 'CATALYST' ? 'Catalyst' : 'The enterprise',
      })),
      ...pageLinks('/actions', values, myActions.pageInfo, !after || !answer.ok),
    };
  }

  @Post('actions/:id/complete')
  @Redirect()
  async completeAction(
    @Req() req: Request,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    // Back to the same filtered list; only an address of this page is followed.
    const returnTo = textField(body, 'returnTo');
    const back = /^\/actions(\?[^#]*)?$/.test(returnTo) ? returnTo : '/actions';
    const result = await this.api.mutate(req, COMPLETE_ACTION, { id });
    if (!result.ok) {
      req.webSession?.setFlash({
        title: 'That action could not be marked done',
        text: result.problem.message,
      });
      return redirectTo(back);
    }
    req.webSession?.setFlash({
      success: true,
      title: `Done: ${result.data.completeAction.title}`,
      text: 'It no longer shows in your list.',
    });
    return redirectTo(back);
  }

  @Get('deadlines')
  @Render('catalyst/views/deadlines.njk')
  async deadlines(@Req() req: Request) {
    const [deadlines, names] = await Promise.all([
      this.api.query(req, COMPLIANCE_DEADLINES, { days: DUE_WITHIN_DAYS, first: 100 }),
      this.api.query(req, ENTERPRISE_NAMES, { first: 100 }),
    ]);
    const nameOf = new Map(names.enterprises.edges.map(({ node }) => [node.id, node.name]));
    const describe = (items: ComplianceDeadlines['complianceDue']) =>
      items.edges.map(({ node }) => ({
        ...node,
        enterpriseName: nameOf.get(node.enterpriseId) ?? 'An enterprise',
        dateText: longDate(
          node.status === 'DONE' || node.status === 'EXPIRED'
            ? node.expiresOn
            : (node.dueOn ?? node.expiresOn),
        ),
        dateKind: node.status === 'DONE' || node.status === 'EXPIRED' ? 'Runs out' : 'Due',
      }));
    return {
      days: DUE_WITHIN_DAYS,
      words: WORDS,
      overdue: describe(deadlines.complianceOverdue),
      overdueCount: deadlines.complianceOverdue.totalCount,
      due: describe(deadlines.complianceDue),
      dueCount: deadlines.complianceDue.totalCount,
    };
  }

  @Get('impact')
  @Render('catalyst/views/impact.njk')
  async impact(@Req() req: Request, @Query() query: Record<string, unknown>) {
    const { areas } = await this.api.query(req, AREAS);
    const today = londonToday();
    const parsed = parseImpactQuery(query, areas, { from: addDays(today, -364), to: today });
    const page = { areas, values: parsed.values, errors: NO_ERRORS };
    if (parsed.kind === 'invalid') return { ...page, errors: parsed.errors };
    const { areaId, from, to } = parsed.input;
    const result = await this.api.mutate(req, IMPACT_REPORT, parsed.input);
    if (!result.ok) return { ...page, errors: errorsFromProblem(result.problem, 'from-day') };
    const before = previousPeriod(from, to);
    const quarters = quartersEnding(to);
    const report = (period: { from: string; to: string }) =>
      this.api.query(req, IMPACT_REPORT, { areaId, ...period }).then((data) => data.impactReport.figures);
    const [previous, byQuarter, { pipeline }] = await Promise.all([
      report(before),
      Promise.all(quarters.map(report)),
      this.api.query(req, PIPELINE, { areaId }),
    ]);
    const figures = result.data.impactReport.figures;
    const area = areas.find((candidate) => candidate.id === areaId);
    const subject = `${area?.name ?? 'Area'}, ${longDate(from)} to ${longDate(to)}`;
    const labelOf = (key: string) => figures.find((figure) => figure.key === key)?.label ?? key;
    const funnel = pipelineFunnel(pipeline, STAGES);
    return {
      ...page,
      area,
      fromText: longDate(from),
      toText: longDate(to),
      previousText: `${longDate(before.from)} to ${longDate(before.to)}`,
      rows: compareFigures(figures, previous),
      chart: enterpriseCountsChart(figures, subject),
      trends: TREND_KEYS.map((key, index) =>
        barChart(
          `chart-trend-${index + 1}`,
          `${labelOf(key)} by quarter: ${area?.name ?? 'Area'}`,
          quarters.map((quarter, at) => ({
            label: quarter.label,
            value: byQuarter[at].find((figure) => figure.key === key)?.value ?? 0,
          })),
        ),
      ),
      quartersText: `${longDate(quarters[0].from)} to ${longDate(to)}`,
      funnel: barChart('chart-funnel', `Pipeline now: ${area?.name ?? 'Area'}`, funnel, 'funnel'),
      csvUrl: `/impact.csv?${new URLSearchParams(parsed.input as unknown as Record<string, string>).toString()}`,
    };
  }

  /** The API's CSV, fetched with the person's own session, so its authorisation applies. */
  @Get('impact.csv')
  async impactCsv(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>) {
    const areaId = single(query.areaId as string);
    const from = single(query.from as string);
    const to = single(query.to as string);
    // Only the report page makes these links; anything else is an address that leads nowhere.
    if (!areaId || ![from, to].every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))) throw new PageNotFound();
    const download = await this.api.download(
      req,
      `/areas/${encodeURIComponent(areaId)}/impact.csv?${new URLSearchParams({ from, to }).toString()}`,
    );
    sendDownload(res, download, 'attachment; filename="impact.csv"');
  }

  /** The pipeline board's drag and drop: only an enhancement of its forms. */
  @Get('assets/catalyst/pipeline-board.js')
  @SignedIn()
  boardScript(@Res() res: Response) {
    res
      .type('text/javascript')
      .sendFile(path.join(WEB_ROOT, 'catalyst', 'assets', 'pipeline-board.js'), { maxAge: '1h' });
  }
}

function single(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
