import { Body, Controller, Get, Inject, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { errorsFromProblem, fieldErrors } from '../platform/form-errors';
import { WEB_CONFIG, WebConfig } from '../platform/web-config';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { AREAS, CREATE_AREA, INVITE_USER, REQUIREMENTS, SET_REQUIREMENT_OVERRIDE } from './admin.operations';

/** The Admin's pages: Areas, inviting Catalysts, an Area's checklist rules, and the job queues. */
@Controller('admin')
@SignedIn('ADMIN')
export class AdminController {
  constructor(
    private readonly api: ApiClient,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  @Get()
  @Render('admin/views/admin.njk')
  index() {
    return {};
  }

  @Get('areas')
  @Render('admin/views/areas.njk')
  async areas(@Req() req: Request) {
    const { areas } = await this.api.query(req, AREAS);
    return { areas };
  }

  @Get('areas/new')
  @Render('admin/views/new-area.njk')
  newAreaPage(@Req() req: Request) {
    return formState(req, 'new-area');
  }

  @Post('areas/new')
  @Redirect()
  async createArea(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const back = '/admin/areas/new';
    const name = textField(body, 'name');
    const postcodeDistricts = textField(body, 'postcodeDistricts')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((district) => district.toUpperCase());
    const missing: Record<string, string> = {};
    if (!name) missing.name = 'Enter the Area’s name';
    if (postcodeDistricts.length === 0)
      missing.postcodeDistricts = 'Enter the postcode districts the Area covers, like TA1, TA2';
    if (Object.keys(missing).length > 0) return rejectForm(req, 'new-area', body, fieldErrors(missing), back);
    const result = await this.api.mutate(req, CREATE_AREA, {
      input: { name, postcodeDistricts },
    });
    if (!result.ok) {
      const errors = errorsFromProblem(result.problem, 'name', {
        fieldIds: { 'postcodeDistricts.0': 'postcodeDistricts' },
      });
      return rejectForm(req, 'new-area', body, errors, back);
    }
    req.webSession?.setFlash({
      success: true,
      title: `${result.data.createArea.name} added`,
      text: 'New providers with a postcode in it join it. Next, invite a Catalyst to work in it.',
    });
    return redirectTo('/admin/areas');
  }

  @Get('invite-catalyst')
  @Render('admin/views/invite-catalyst.njk')
  async inviteCatalystPage(@Req() req: Request) {
    const { areas } = await this.api.query(req, AREAS);
    return { ...formState(req, 'invite-catalyst'), areas };
  }

  @Post('invite-catalyst')
  @Redirect()
  async inviteCatalyst(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const back = '/admin/invite-catalyst';
    const email = textField(body, 'email');
    const raw = (body as Record<string, unknown> | undefined)?.areaIds;
    const areaIds = (Array.isArray(raw) ? raw : [raw]).filter(
      (value): value is string => typeof value === 'string' && value !== '',
    );
    const missing: Record<string, string> = {};
    if (!email) missing.email = 'Enter their email address';
    if (areaIds.length === 0) missing.areaIds = 'Choose at least one Area they will work in';
    if (Object.keys(missing).length > 0)
      return rejectForm(req, 'invite-catalyst', body, fieldErrors(missing), back);
    const result = await this.api.mutate(req, INVITE_USER, {
      input: { email, role: 'CATALYST', areaIds },
    });
    if (!result.ok) {
      const errors = errorsFromProblem(result.problem, 'email', { fieldIds: { 'areaIds.0': 'areaIds' } });
      return rejectForm(req, 'invite-catalyst', body, errors, back);
    }
    req.webSession?.setFlash({
      success: true,
      title: `Invitation sent to ${result.data.inviteUser.email}`,
      text: 'They will get an email with a link to set a password. The link works for 7 days.',
    });
    return redirectTo('/admin/areas');
  }

  @Get('areas/:id/rules')
  @Render('admin/views/area-rules.njk')
  async areaRulesPage(@Req() req: Request, @Param('id') id: string) {
    const [{ areas }, { requirements }] = await Promise.all([
      this.api.query(req, AREAS),
      this.api.query(req, REQUIREMENTS),
    ]);
    const area = areas.find((candidate) => candidate.id === id);
    return { ...formState(req, 'area-rules'), area, requirements };
  }

  @Post('areas/:id/rules')
  @Redirect()
  async setAreaRule(
    @Req() req: Request,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const back = `/admin/areas/${encodeURIComponent(id)}/rules`;
    const code = textField(body, 'code');
    const validityText = textField(body, 'validityMonths');
    const offsetsText = textField(body, 'reminderOffsetsDays');
    const problems: Record<string, string> = {};
    if (!code) problems.code = 'Choose a check';
    if (validityText && !/^\d+$/.test(validityText))
      problems.validityMonths = 'Enter how many months, as a whole number like 36, or leave it empty';
    const offsets = offsetsText.split(/[\s,]+/).filter(Boolean);
    if (offsets.some((offset) => !/^\d+$/.test(offset)))
      problems.reminderOffsetsDays = 'Enter days as whole numbers separated by commas, like 60, 30, 7';
    if (Object.keys(problems).length > 0)
      return rejectForm(req, 'area-rules', body, fieldErrors(problems), back);
    const result = await this.api.mutate(req, SET_REQUIREMENT_OVERRIDE, {
      input: {
        areaId: id,
        code,
        validityMonths: validityText ? Number(validityText) : null,
        reminderOffsetsDays: offsets.length ? offsets.map(Number) : null,
      },
    });
    if (!result.ok) {
      const errors = errorsFromProblem(result.problem, 'code', {
        fieldIds: { 'reminderOffsetsDays.0': 'reminderOffsetsDays' },
      });
      return rejectForm(req, 'area-rules', body, errors, back);
    }
    const saved = result.data.setRequirementOverride;
    req.webSession?.setFlash({
      success: true,
      title: 'Rule saved for this Area',
      text:
        `${saved.code}: ` +
        (saved.validityMonths
          ? `evidence lasts ${saved.validityMonths} months`
          : 'evidence lasts as the catalogue says') +
        '; ' +
        (saved.reminderOffsetsDays?.length
          ? `reminders ${saved.reminderOffsetsDays.join(', ')} days before`
          : 'reminders as the catalogue says') +
        '. Checklists in this Area use it from now on.',
    });
    return redirectTo(back);
  }

  @Get('queues')
  @Render('admin/views/queues.njk')
  queues() {
    return { dashboardUrl: `${this.config.apiUrl}/admin/queues` };
  }
}
