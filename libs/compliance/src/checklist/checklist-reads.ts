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
} from '@small-places/platform';
import { ChecklistItemStatus } from '../dto/compliance.enums';
import { ChecklistItemType, ChecklistType, RequirementType } from '../dto/compliance.types';
import { requirementOf, toChecklistItemType, toChecklistType, toRequirementType } from './checklist-view';
import { ChecklistRepository } from './checklist.repository';

const { TODO, IN_PROGRESS, DONE, EXPIRED } = ChecklistItemStatus;

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
