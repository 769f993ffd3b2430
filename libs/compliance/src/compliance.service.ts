import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import {
  AuditService,
  addDays,
  badInput,
  Clock,
  conflict,
  Connection,
  Database,
  DomainEvents,
  forbidden,
  londonDate,
  notFound,
  PageArgs,
  paginate,
  RequestContext,
  Role,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { ChecklistRepository, ReminderHit } from './checklist/checklist.repository';
import { bearsOnCategory, RequiredItem, requiredItems } from './checklist/checklist-generator';
import { effectiveStatus, isOpen, isOutstanding } from './checklist/compliance-standing';
import {
  inChecklistOrder,
  itemLabel,
  requirementOf,
  standingInput,
  STATUS_IN_WORDS,
  toChecklistItemType,
  toChecklistType,
  toRequirementType,
} from './checklist/checklist-view';
import { ChecklistItemStatus, ComplianceStatus } from './dto/compliance.enums';
import { SetRequirementOverrideInput, UpdateChecklistItemInput } from './dto/compliance.inputs';
import {
  ChecklistItemType,
  ChecklistType,
  RequirementOverrideType,
  RequirementType,
} from './dto/compliance.types';
import { EnterpriseFacts } from './enterprise-facts';
import { ChecklistItem } from './entities/checklist-item.entity';
import { RequirementOverride } from './entities/requirement-override.entity';
import { Requirement } from './entities/requirement.entity';
import { expiresOnFor, latestExpiryFor } from './rules/due-dates';
import { Activity } from './vocabulary';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const { TODO, IN_PROGRESS, DONE, WAIVED, EXPIRED } = ChecklistItemStatus;

/** Reminder scan batches: big enough to keep round trips few, small enough to keep a batch's memory small. */
export const REMINDER_BATCH_SIZE = 1000;

/**
 * Checklists, evidence and deadlines. Other contexts call the methods that take a transaction (the CRM's
 * regeneration and stage gate, the marketplace's verified check) inside their own transaction.
 */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly checklists: ChecklistRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates or regenerates an enterprise's checklist from its facts. Items that still apply keep their
   * evidence; their due date, Area and member name follow the facts. An item that no longer applies is
   * deleted when nothing was recorded on it, and otherwise kept out of sight (`applicable = false`) with its
   * evidence, so that it comes back as it was if the fact that triggered it returns.
   */
  async regenerateChecklist(tx: EntityManager, facts: EnterpriseFacts, today: string): Promise<void> {
    const catalogue = await this.checklists.catalogue(tx);
    const requirements = new Map(catalogue.map((requirement) => [requirement.code, requirement]));
    const existing = await this.checklists.lockAllOf(tx, facts.id);
    const keyOf = (code: string, memberId: string | null) => `${code}/${memberId ?? ''}`;
    const unmatched = new Map(existing.map((item) => [keyOf(item.requirementCode, item.memberId), item]));
    const repository = tx.getRepository(ChecklistItem);

    const added: RequiredItem[] = [];
    const changed: ChecklistItem[] = [];
    /** Items with evidence that were out of sight and apply again. */
    const restored: ChecklistItem[] = [];
    for (const required of requiredItems(facts, catalogue)) {
      const key = keyOf(required.requirementCode, required.memberId);
      const item = unmatched.get(key);
      unmatched.delete(key);
      if (!item) {
        added.push(required);
        continue;
      }
      if (!item.applicable) restored.push(item);
      if (
        !item.applicable ||
        item.areaId !== facts.areaId ||
        item.memberName !== required.memberName ||
        item.dueOn !== required.dueOn
      ) {
        Object.assign(item, {
          applicable: true,
          areaId: facts.areaId,
          memberName: required.memberName,
          dueOn: required.dueOn,
        });
        changed.push(item);
      }
    }
    const gone = [...unmatched.values()];
    const kept = gone.filter((item) => hasEvidence(item) && item.applicable);
    const removable = gone.filter((item) => !hasEvidence(item));

    if (added.length > 0) {
      await repository
        .createQueryBuilder()
        .insert()
        .values(
          added.map((required) => ({
            enterpriseId: facts.id,
            areaId: facts.areaId,
            memberId: required.memberId,
            memberName: required.memberName,
            requirementCode: required.requirementCode,
            status: TODO,
            applicable: true,
            dueOn: required.dueOn,
          })),
        )
        .orIgnore()
        .execute();
    }
    for (const item of kept) item.applicable = false;
    // One at a time: TypeORM saves an array with parallel queries on one connection, which pg deprecates.
    for (const item of [...changed, ...kept]) await repository.save(item);
    if (removable.length > 0) await repository.delete(removable.map((item) => item.id));

    // The first generation is part of creating the enterprise, which the CRM announces itself.
    const appeared = added.length + restored.length;
    const disappeared = kept.length + removable.length;
    if (existing.length === 0 || appeared + disappeared === 0) return;
    const summary = [
      appeared > 0 ? `${appeared} added` : null,
      disappeared > 0 ? `${disappeared} no longer needed` : null,
    ]
      .filter(Boolean)
      .join(', ');
    const base = { enterpriseId: facts.id, occurredAt: this.clock.now(), actorId: null, refId: null };
    await this.events.publish(tx, {
      ...base,
      kind: 'CHECKLIST_CHANGED',
      summary: `Checklist updated: ${summary}`,
    });
    const appearing = [
      ...added.map((required) => ({
        status: TODO,
        dueOn: required.dueOn,
        expiresOn: null,
        code: required.requirementCode,
      })),
      ...restored.map((item) => ({
        status: item.status,
        dueOn: item.dueOn,
        expiresOn: item.expiresOn,
        code: item.requirementCode,
      })),
    ];
    const lapses = appearing.some(({ code, ...standing }) => {
      const requirement = requirements.get(code);
      if (!requirement) return false;
      const { mandatory, beforeTrading } = requirement;
      return isOutstanding({ ...standing, mandatory, beforeTrading }, today);
    });
    if (lapses) {
      await this.events.publish(tx, {
        ...base,
        kind: 'VERIFICATION_LAPSED',
        summary: 'New checklist items must be done before listings show as verified again.',
      });
    }
  }

  /**
   * The pipeline gate for READY and TRADING: CONFLICT naming every mandatory item still to do before trading,
   * overdue or expired. WAIVED counts as done; HMRC deadlines that fall after trading starts count only once
   * they are overdue.
   */
  async assertReadyToTrade(tx: EntityManager, enterpriseId: string, today: string): Promise<void> {
    const items = await this.checklists.itemsOf(tx, [enterpriseId]);
    const outstanding = inChecklistOrder(items)
      .filter(({ item, requirement }) => isOutstanding(standingInput(item, requirement), today))
      .map(({ item, requirement }) => itemLabel(item, requirement));
    if (outstanding.length === 0) return;
    throw conflict(
      `This enterprise cannot move on until these are done: ${outstanding.join('; ')}. ` +
        'Record each one on the checklist, or ask the Catalyst to waive any that do not apply.',
    );
  }

  /** Checklists of many enterprises in one statement, for DataLoaders; every id gets one (empty if unknown). */
  async checklistsFor(enterpriseIds: readonly string[], today: string): Promise<Map<string, ChecklistType>> {
    const ids = [...new Set(enterpriseIds)].filter((id) => UUID.test(id));
    const items = await this.checklists.itemsOf(this.db.manager, ids);
    const byEnterprise = new Map<string, ChecklistItem[]>(enterpriseIds.map((id) => [id, []]));
    for (const item of items) byEnterprise.get(item.enterpriseId)?.push(item);
    return new Map([...byEnterprise].map(([id, own]) => [id, toChecklistType(own, today)] as const));
  }

  /** Which of these enterprises have this compliance status today (for the CRM's enterprise filter). */
  async enterpriseIdsWithStatus(
    status: ComplianceStatus,
    amongEnterpriseIds: readonly string[],
    today: string,
  ): Promise<string[]> {
    const checklists = await this.checklistsFor(amongEnterpriseIds, today);
    return [...checklists].filter(([, checklist]) => checklist.status === status).map(([id]) => id);
  }

  /**
   * Whether a listing in this category may show as verified now: no mandatory item that bears on the
   * category (the enterprise's own, and those triggered by this activity) is outstanding.
   */
  async isVerifiedFor(
    tx: EntityManager,
    enterpriseId: string,
    category: Activity,
    today: string,
  ): Promise<boolean> {
    if (!UUID.test(enterpriseId)) return false;
    const items = await this.checklists.itemsOf(tx, [enterpriseId]);
    if (items.length === 0) return false;
    return items.every((item) => {
      const requirement = requirementOf(item);
      return (
        !bearsOnCategory(requirement.trigger, category) ||
        !isOutstanding(standingInput(item, requirement), today)
      );
    });
  }

  /**
   * The reminder scan's source: every reminder that checklist items trigger on `day`, in batches covering at
   * most `batchSize` items (an item in progress may give a DUE and a CHASE hit), in item-id order. Each batch
   * is one statement outside any transaction, so a scan over a million items holds no locks and little
   * memory; after a crash, run it again (the reminder key `(itemId, on, offsetDays)` makes sending
   * idempotent).
   */
  async *remindersOn(day: string, batchSize = REMINDER_BATCH_SIZE): AsyncGenerator<ReminderHit[]> {
    let afterId: string | null = null;
    for (;;) {
      const batch = await this.checklists.reminderBatch(this.db.manager, day, afterId, batchSize);
      if (batch.hits.length > 0) yield batch.hits;
      if (batch.lastId === null) return;
      afterId = batch.lastId;
    }
  }

  /**
   * Marks DONE items whose evidence ran out before `today` as EXPIRED and announces each lapse, so the
   * marketplace hides affected listings and the notifications tell the provider and the Catalyst. For the
   * daily scan; reads already show such items as EXPIRED without it.
   */
  async expireLapsedItems(today: string): Promise<number> {
    return this.db.transaction(async (tx) => {
      const lapsed = await tx
        .getRepository(ChecklistItem)
        .createQueryBuilder('item')
        .innerJoinAndSelect('item.requirement', 'requirement')
        // Items someone is updating right now are left for tomorrow's run rather than waited for.
        .setLock('pessimistic_write', undefined, ['item'])
        .setOnLocked('skip_locked')
        .where('item.applicable AND item.status = :done AND item.expiresOn < :today', { done: DONE, today })
        .getMany();
      if (lapsed.length === 0) return 0;
      await tx.getRepository(ChecklistItem).update(
        lapsed.map((item) => item.id),
        { status: EXPIRED },
      );
      const occurredAt = this.clock.now();
      for (const item of lapsed) {
        const label = itemLabel(item, requirementOf(item));
        const base = { enterpriseId: item.enterpriseId, occurredAt, actorId: null, refId: item.id };
        await this.events.publish(tx, { ...base, kind: 'CHECKLIST_CHANGED', summary: `${label}: expired` });
        await this.events.publish(tx, {
          ...base,
          kind: 'VERIFICATION_LAPSED',
          summary: `${label} expired on ${item.expiresOn}; renew it to be verified again.`,
        });
      }
      return lapsed.length;
    });
  }

  // ---- GraphQL operations ----

  /** Members of the enterprise, its Catalysts and Admins read a checklist. */
  async checklist(ctx: RequestContext, enterpriseId: string): Promise<ChecklistType> {
    const today = londonDate(ctx.now);
    return this.db.transaction(async (tx) => {
      await this.access.requireEnterprise(tx, ctx, enterpriseId, 'member-or-catalyst');
      const items = await this.checklists.itemsOf(tx, [enterpriseId]);
      return toChecklistType(items, today);
    });
  }

  /** Records progress or evidence on an item (UpdateChecklistItem); see docs/compliance.md for the rules. */
  async updateItem(ctx: RequestContext, input: UpdateChecklistItemInput): Promise<ChecklistItemType> {
    const today = londonDate(ctx.now);
    return this.db.transaction(async (tx) => {
      const item = UUID.test(input.itemId) ? await this.checklists.lockItem(tx, input.itemId) : null;
      if (!item) throw notFound('That checklist item');
      const areaId = await this.access.requireEnterprise(tx, ctx, item.enterpriseId, 'member-or-catalyst');
      const requirement = await tx.getRepository(Requirement).findOneByOrFail({ code: item.requirementCode });
      const before = effectiveStatus(item.status, item.expiresOn, today);

      assertFieldsFitStatus(input);
      for (const [field, value] of [
        ['completedOn', input.completedOn],
        ['startedOn', input.startedOn],
      ] as const) {
        if (value !== undefined && value !== null && value > today) {
          throw badInput('That date is in the future. Record it on or after the day it happens.', {
            [field]: ['is in the future'],
          });
        }
      }
      if (input.reference !== undefined) item.reference = input.reference || null;
      if (input.note !== undefined) item.note = input.note || null;

      switch (input.status) {
        case TODO:
          this.reopen(item, TODO, null);
          break;
        case IN_PROGRESS:
          this.reopen(
            item,
            IN_PROGRESS,
            input.startedOn ?? (item.status === IN_PROGRESS ? item.inProgressSince : null) ?? today,
          );
          break;
        case DONE:
          await this.recordDone(tx, item, requirement, input, today);
          break;
        case WAIVED:
          if (!(await this.access.isCatalystOf(tx, ctx, areaId))) {
            throw forbidden(
              'Only a Catalyst of this Area can waive a requirement. Ask your Catalyst to confirm it.',
            );
          }
          if (!input.waivedReason) {
            throw badInput('Say why this requirement does not apply, for example which CQC exemption.', {
              waivedReason: ['is needed to waive'],
            });
          }
          Object.assign(item, {
            status: WAIVED,
            waivedReason: input.waivedReason,
            waivedById: ctx.signedIn.id,
            completedOn: null,
            expiresOn: null,
            expiryFromRule: false,
            inProgressSince: null,
          });
          break;
        case EXPIRED:
          this.recordExpired(item, before, input, today);
          break;
      }
      const saved = await tx.getRepository(ChecklistItem).save(item);
      await this.audit.record(tx, ctx, {
        action: 'CHECKLIST_ITEM_CHANGED',
        recordType: 'ChecklistItem',
        recordId: saved.id,
        detail: { enterpriseId: saved.enterpriseId, memberId: saved.memberId ?? null, status: saved.status },
      });

      const after = effectiveStatus(saved.status, saved.expiresOn, today);
      const label = itemLabel(saved, requirement);
      const base = {
        enterpriseId: saved.enterpriseId,
        occurredAt: ctx.now,
        actorId: ctx.signedIn.id,
        refId: saved.id,
      };
      await this.events.publish(tx, {
        ...base,
        kind: 'CHECKLIST_CHANGED',
        summary: `${label}: ${STATUS_IN_WORDS[after]}`,
      });
      const expired = after === EXPIRED && before !== EXPIRED;
      const reopened = (before === DONE || before === WAIVED) && isOpen(after);
      if (expired || reopened) {
        const what = expired ? 'has expired' : `is ${STATUS_IN_WORDS[after]} again`;
        await this.events.publish(tx, {
          ...base,
          kind: 'VERIFICATION_LAPSED',
          summary: `${label} ${what}; listings that need it are no longer verified.`,
        });
      }
      return toChecklistItemType(saved, requirement, today);
    });
  }

  /** Items due or expiring from today to `days` ahead, across the caller's caseload, soonest first. */
  async dueSoon(ctx: RequestContext, days: number, page: PageArgs): Promise<Connection<ChecklistItemType>> {
    const today = londonDate(ctx.now);
    return this.caseload(ctx, page, today, { from: today, to: addDays(today, days) }, [
      TODO,
      IN_PROGRESS,
      DONE,
    ]);
  }

  /** Open items past their due date and evidence past its expiry, across the caller's caseload, oldest first. */
  async overdue(ctx: RequestContext, page: PageArgs): Promise<Connection<ChecklistItemType>> {
    const today = londonDate(ctx.now);
    return this.caseload(ctx, page, today, { before: today }, [TODO, IN_PROGRESS, DONE, EXPIRED]);
  }

  /** The catalogue as it stands, in checklist order. */
  async requirements(): Promise<RequirementType[]> {
    return (await this.checklists.catalogue(this.db.manager)).map(toRequirementType);
  }

  /**
   * An Admin sets an Area's own validity or reminder offsets for a requirement (null restores the
   * catalogue's). Evidence whose expiry was worked out from the old validity moves to the new one.
   */
  async setOverride(
    ctx: RequestContext,
    input: SetRequirementOverrideInput,
  ): Promise<RequirementOverrideType> {
    return this.db.transaction(async (tx) => {
      const requirement = await tx.getRepository(Requirement).findOneBy({ code: input.code });
      if (!requirement) throw notFound('That requirement');
      if (!UUID.test(input.areaId)) throw notFound('That Area');
      const values = {
        areaId: input.areaId,
        requirementCode: input.code,
        validityMonths: input.validityMonths ?? null,
        reminderOffsetsDays: input.reminderOffsetsDays
          ? [...input.reminderOffsetsDays].sort((a, b) => b - a)
          : null,
        updatedById: ctx.signedIn.id,
      };
      try {
        await tx
          .getRepository(RequirementOverride)
          .upsert(values, { conflictPaths: ['areaId', 'requirementCode'] });
      } catch (error) {
        // Areas belong to the CRM: the foreign key says whether this one exists.
        if (isForeignKeyViolation(error)) throw notFound('That Area');
        throw error;
      }
      if (requirement.validityFrom === 'COMPLETION') {
        await tx.query(
          `UPDATE checklist_items
              SET expires_on = CASE WHEN $3::int IS NULL THEN NULL
                                    ELSE (completed_on + make_interval(months => $3::int))::date END,
                  updated_at = now()
            WHERE area_id = $1 AND requirement_code = $2 AND status = 'DONE'
              AND expiry_from_rule AND completed_on IS NOT NULL`,
          [input.areaId, input.code, values.validityMonths ?? requirement.validityMonths],
        );
      }
      return {
        areaId: values.areaId,
        code: values.requirementCode,
        validityMonths: values.validityMonths,
        reminderOffsetsDays: values.reminderOffsetsDays,
      };
    });
  }

  private reopen(item: ChecklistItem, status: ChecklistItemStatus, inProgressSince: string | null): void {
    Object.assign(item, {
      status,
      inProgressSince,
      completedOn: null,
      expiresOn: null,
      expiryFromRule: false,
      waivedReason: null,
      waivedById: null,
    });
  }

  private async recordDone(
    tx: EntityManager,
    item: ChecklistItem,
    requirement: Requirement,
    input: UpdateChecklistItemInput,
    today: string,
  ): Promise<void> {
    const completedOn = input.completedOn ?? today;
    const override = await this.checklists.override(tx, item.areaId, requirement.code);
    const validityMonths = override?.validityMonths ?? requirement.validityMonths;
    const renewing = (item.status === DONE || item.status === EXPIRED) && item.expiresOn !== null;
    const currentDeadline = renewing ? item.expiresOn : item.dueOn;
    const expiresOn =
      input.expiresOn ?? expiresOnFor(validityMonths, requirement.validityFrom, completedOn, currentDeadline);
    if (expiresOn !== null && expiresOn < completedOn) {
      throw badInput('The expiry date is before the completion date. Check both dates.', {
        expiresOn: ['is before completedOn'],
      });
    }
    const latest = latestExpiryFor(validityMonths, requirement.validityFrom, completedOn, currentDeadline);
    if (expiresOn !== null && expiresOn > latest) {
      throw badInput(
        `This evidence can count until ${latest} at the latest: that is as long as it stays valid from ${completedOn}. Check the expiry date.`,
        { expiresOn: ['is later than the requirement’s validity allows'] },
      );
    }
    if (expiresOn !== null && expiresOn < today) {
      throw badInput(`This evidence ran out on ${expiresOn}. Renew it, then record the new one.`, {
        expiresOn: ['is in the past'],
      });
    }
    Object.assign(item, {
      status: DONE,
      completedOn,
      expiresOn,
      expiryFromRule: (input.expiresOn ?? null) === null,
      inProgressSince: null,
      waivedReason: null,
      waivedById: null,
    });
  }

  /** Someone says evidence is no longer good (a policy cancelled): it reads as expired from today. */
  private recordExpired(
    item: ChecklistItem,
    before: ChecklistItemStatus,
    input: UpdateChecklistItemInput,
    today: string,
  ): void {
    if (before !== DONE && before !== EXPIRED) {
      throw badInput('Only something recorded as done can expire. Choose TODO instead.', {
        status: ['can be EXPIRED only after DONE'],
      });
    }
    const yesterday = addDays(today, -1);
    const expiresOn =
      input.expiresOn ?? (item.expiresOn !== null && item.expiresOn < today ? item.expiresOn : yesterday);
    if (expiresOn >= today) {
      throw badInput('An expired item’s expiry date must be before today.', {
        expiresOn: ['is not in the past'],
      });
    }
    Object.assign(item, { status: EXPIRED, expiresOn, expiryFromRule: false });
  }

  private async caseload(
    ctx: RequestContext,
    page: PageArgs,
    today: string,
    window: { from?: string; to?: string; before?: string },
    statuses: ChecklistItemStatus[],
  ): Promise<Connection<ChecklistItemType>> {
    const manager = this.db.manager;
    let areaIds: string[] | null = null;
    if (!this.access.isAdmin(ctx)) {
      if (!ctx.hasRole(Role.CATALYST)) throw forbidden('Only Catalysts and Admins have a caseload.');
      areaIds = await this.access.scopesOf(manager, ctx.signedIn.id, GrantKind.CatalystOfArea);
      if (areaIds.length === 0)
        return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    }
    const query = this.checklists.attentionQuery(manager, areaIds, window, statuses);
    const found = await paginate(query, page, [
      { expression: 'item.attentionOn', value: (item) => item.attentionOn },
      { expression: 'item.id', value: (item) => item.id },
    ]);
    const catalogue = await this.checklists.catalogueByCode(manager);
    return {
      ...found,
      edges: found.edges.map((edge) => ({
        cursor: edge.cursor,
        node: toChecklistItemType(edge.node, requirementOf(edge.node, catalogue), today),
      })),
    };
  }
}

/** Which dates and reasons go with which status; a stray one is a mistake the person should hear about. */
const FIELDS_FOR_STATUS = {
  startedOn: { statuses: [IN_PROGRESS], message: 'The day an application was sent goes with IN_PROGRESS.' },
  completedOn: { statuses: [DONE], message: 'A completion date goes with DONE.' },
  expiresOn: { statuses: [DONE, EXPIRED], message: 'An expiry date goes with DONE or EXPIRED.' },
  waivedReason: { statuses: [WAIVED], message: 'A reason is only needed when waiving.' },
} as const;

function assertFieldsFitStatus(input: UpdateChecklistItemInput): void {
  for (const [field, rule] of Object.entries(FIELDS_FOR_STATUS)) {
    const value = input[field as keyof typeof FIELDS_FOR_STATUS];
    if (value === undefined || value === null) continue;
    if (!(rule.statuses as readonly ChecklistItemStatus[]).includes(input.status)) {
      throw badInput(`${rule.message} Leave out ${field}, or choose ${rule.statuses.join(' or ')}.`, {
        [field]: [`is only for ${rule.statuses.join(' or ')}`],
      });
    }
  }
}

function hasEvidence(item: ChecklistItem): boolean {
  return (
    item.status !== TODO ||
    item.completedOn !== null ||
    item.reference !== null ||
    item.note !== null ||
    item.waivedReason !== null
  );
}

function isForeignKeyViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string } }).driverError ?? error;
  return (driverError as { code?: string }).code === '23503';
}
