import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { errorsFromProblem, fieldErrors } from '../platform/form-errors';
import { longDate } from '../platform/dates';
import { plainName, requirementTitle } from '../platform/plain-names';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import {
  AREA_RULES,
  AREAS,
  CATALYSTS_AND_INVITATIONS,
  CREATE_AREA,
  INVITE_USER,
  REQUIREMENTS,
  RESEND_STAFF_INVITATION,
  REVOKE_STAFF_INVITATION,
  SET_REQUIREMENT_OVERRIDE,
} from './admin.operations';

/** The Admin's pages: Areas, Catalysts and their invitations, an Area's checklist rules. */
@Controller('admin')
@SignedIn('ADMIN')
export class AdminController {
  constructor(private readonly api: ApiClient) {}

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
    return redirectTo('/admin/catalysts');
  }

  @Get('areas/:id/rules')
  @Render('admin/views/area-rules.njk')
  async areaRulesPage(@Req() req: Request, @Param('id') id: string, @Query('code') code?: string) {
    const { areas, requirements, requirementOverrides } = await this.api.query(req, AREA_RULES, {
      areaId: id,
    });
    const area = areas.find((candidate) => candidate.id === id);
    const form = formState(req, 'area-rules');
    const editing = requirementOverrides.find((rule) => rule.code === code);
    return {
      ...form,
      // "Change" on a saved rule opens the form holding it; what was typed and refused wins over it.
      values:
        Object.keys(form.values).length === 0 && editing
          ? {
              code: editing.code,
              validityMonths: editing.validityMonths?.toString() ?? '',
              reminderOffsetsDays: editing.reminderOffsetsDays?.join(', ') ?? '',
            }
          : form.values,
      area,
      requirements,
      savedRules: requirementOverrides.map((rule) => {
        const requirement = requirements.find((candidate) => candidate.code === rule.code);
        return {
          code: rule.code,
          title: requirementTitle(requirements, rule.code),
          validity:
            rule.validityMonths !== null && rule.validityMonths !== undefined
              ? `${rule.validityMonths} months`
              : `As the catalogue says (${requirement?.validityMonths ? `${requirement.validityMonths} months` : 'does not run out'})`,
          reminders: rule.reminderOffsetsDays?.length
            ? `${rule.reminderOffsetsDays.join(', ')} days before`
            : 'As the catalogue says',
        };
      }),
    };
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
    const { requirements } = await this.api.query(req, REQUIREMENTS);
    req.webSession?.setFlash({
      success: true,
      title: 'Rule saved for this Area',
      text:
        `${requirementTitle(requirements, saved.code)}: ` +
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

  @Get('catalysts')
  @Render('admin/views/catalysts.njk')
  async catalysts(@Req() req: Request) {
    const { catalysts, staffInvitations } = await this.api.query(req, CATALYSTS_AND_INVITATIONS);
    return {
      ...formState(req, 'catalysts'),
      catalysts: catalysts.map((catalyst) => ({
        ...catalyst,
        areaNames: catalyst.areas.map((area) => area.name).join(', '),
      })),
      invitations: staffInvitations.map((invitation) => ({
        ...invitation,
        roleName: plainName('role', invitation.role),
        areaNames: invitation.areas.map((area) => area.name).join(', '),
        sentOn: longDate(invitation.sentAt),
        expiresOn: longDate(invitation.expiresAt),
      })),
    };
  }

  @Post('invitations/:id/resend')
  @Redirect()
  async resendInvitation(@Req() req: Request, @Param('id') id: string): Promise<RedirectTo> {
    const result = await this.api.mutate(req, RESEND_STAFF_INVITATION, { id });
    if (!result.ok) return backToCatalysts(req, result.problem);
    const sent = result.data.resendStaffInvitation;
    req.webSession?.setFlash({
      success: true,
      title: `Invitation sent again to ${sent.email}`,
      text: `The new link works until ${longDate(sent.expiresAt)}. The link in the earlier email no longer works.`,
    });
    return redirectTo('/admin/catalysts');
  }

  @Post('invitations/:id/revoke')
  @Redirect()
  async revokeInvitation(
    @Req() req: Request,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const result = await this.api.mutate(req, REVOKE_STAFF_INVITATION, { id });
    if (!result.ok) return backToCatalysts(req, result.problem);
    req.webSession?.setFlash({
      success: true,
      title: `Invitation to ${textField(body, 'email') || 'them'} withdrawn`,
      text: 'Its link no longer works. You can invite them again at any time.',
    });
    return redirectTo('/admin/catalysts');
  }
}

/** A refused "Send again" or "Withdraw" (already answered, say): the list again, with the API's reason. */
function backToCatalysts(req: Request, problem: Parameters<typeof errorsFromProblem>[0]): RedirectTo {
  return rejectForm(req, 'catalysts', {}, errorsFromProblem(problem, 'invitations'), '/admin/catalysts');
}
