import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import {
  addDays,
  Connection,
  Database,
  forbidden,
  londonDate,
  PageArgs,
  paginate,
  RequestContext,
  Role,
  SortKey,
} from '@small-places/platform';
import { SelectQueryBuilder } from 'typeorm';
import { ChecklistItem } from '../entities/checklist-item.entity';
import { ChecklistItemStatus } from '../dto/compliance.enums';
import { ChecklistItemType, ChecklistType, RequirementType } from '../dto/compliance.types';
import { requirementOf, toChecklistItemType, toChecklistType, toRequirementType } from './checklist-view';
import { ChecklistRepository } from './checklist.repository';

const { TODO, IN_PROGRESS, DONE, EXPIRED } = ChecklistItemStatus;

const EMPTY_PAGE: Connection<ChecklistItemType> = {
  totalCount: 0,
  edges: [],
  pageInfo: { hasNextPage: false, endCursor: null },
};

/** What people read: one enterprise's checklist, a Catalyst's caseload due soon or overdue, the catalogue. */
@Injectable()
export class ChecklistReads {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly checklists: ChecklistRepository,
  ) {}

  /** Members of the enterprise, its Catalysts and Admins read a checklist. */
  async checklist(ctx: RequestContext, enterpriseId: string): Promise<ChecklistType> {
    const today = londonDate(ctx.now);
    return this.db.transaction(async (tx) => {
      await this.access.requireEnterprise(tx, ctx, enterpriseId, 'member-or-catalyst');
      const items = await this.checklists.itemsOf(tx, [enterpriseId]);
      return toChecklistType(items, today);
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

  /**
   * The "to check" queue: DONE items of the caller's caseload waiting for a Catalyst's check, the longest
   * waiting first (Admins: every Area).
   */
  async toCheck(ctx: RequestContext, page: PageArgs): Promise<Connection<ChecklistItemType>> {
    const today = londonDate(ctx.now);
    const areaIds = await this.caseloadAreas(ctx);
    if (areaIds?.length === 0) return EMPTY_PAGE;
    const query = this.checklists.awaitingCheckQuery(this.db.manager, areaIds, today);
    return this.page(query, page, today, [
      { expression: 'item.awaitingCheckSince', value: (item) => item.awaitingCheckSince },
      { expression: 'item.id', value: (item) => item.id },
    ]);
  }

  /** The catalogue as it stands, in checklist order. */
  async requirements(): Promise<RequirementType[]> {
    return (await this.checklists.catalogue(this.db.manager)).map(toRequirementType);
  }

  private async caseload(
    ctx: RequestContext,
    page: PageArgs,
    today: string,
    window: { from?: string; to?: string; before?: string },
    statuses: ChecklistItemStatus[],
  ): Promise<Connection<ChecklistItemType>> {
    const areaIds = await this.caseloadAreas(ctx);
    if (areaIds?.length === 0) return EMPTY_PAGE;
    const query = this.checklists.attentionQuery(this.db.manager, areaIds, window, statuses);
    return this.page(query, page, today, [
      { expression: 'item.attentionOn', value: (item) => item.attentionOn },
      { expression: 'item.id', value: (item) => item.id },
    ]);
  }

  /** The Areas whose items the caller may list: null for an Admin (every Area); FORBIDDEN for anyone else. */
  private async caseloadAreas(ctx: RequestContext): Promise<string[] | null> {
    if (this.access.isAdmin(ctx)) return null;
    if (!ctx.hasRole(Role.CATALYST)) throw forbidden('Only Catalysts and Admins have a caseload.');
    return this.access.scopesOf(this.db.manager, ctx.signedIn.id, GrantKind.CatalystOfArea);
  }

  private async page(
    query: SelectQueryBuilder<ChecklistItem>,
    page: PageArgs,
    today: string,
    keys: SortKey<ChecklistItem>[],
  ): Promise<Connection<ChecklistItemType>> {
    const found = await paginate(query, page, keys);
    const catalogue = await this.checklists.catalogueByCode(this.db.manager);
    return {
      ...found,
      edges: found.edges.map((edge) => ({
        cursor: edge.cursor,
        node: toChecklistItemType(edge.node, requirementOf(edge.node, catalogue), today),
      })),
    };
  }
}
