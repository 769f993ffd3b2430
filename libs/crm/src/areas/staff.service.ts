import { Injectable } from '@nestjs/common';
import { InvitationService, StaffDirectory, StaffInvitationRow } from '@small-places/identity';
import { Database, isUuid, notFound, RequestContext } from '@small-places/platform';
import { EntityManager, In } from 'typeorm';
import { Area } from '../entities/area.entity';
import { staffInvitationPurpose } from './area.service';
import { CatalystSummaryType, StaffInvitationType } from './staff.dto';

/** The Admin's view of the programme's staff: Catalysts, and staff invitations to resend or revoke. */
@Injectable()
export class StaffService {
  constructor(
    private readonly db: Database,
    private readonly directory: StaffDirectory,
    private readonly invitations: InvitationService,
  ) {}

  async catalysts(): Promise<CatalystSummaryType[]> {
    const tx = this.db.manager;
    const accounts = await this.directory.catalysts(tx);
    const areas = await this.areasById(
      tx,
      accounts.flatMap((account) => account.areaIds),
    );
    return accounts.map(({ areaIds, ...account }) => ({ ...account, areas: pick(areas, areaIds) }));
  }

  async openInvitations(ctx: RequestContext): Promise<StaffInvitationType[]> {
    const tx = this.db.manager;
    const rows = await this.directory.openInvitations(tx);
    const areas = await this.areasById(
      tx,
      rows.flatMap((row) => row.areaIds),
    );
    return rows.map((row) => toType(row, pick(areas, row.areaIds), ctx.now));
  }

  /** A new link, valid for 7 days from now, to the same address, role and Areas; the old link stops working. */
  async resend(ctx: RequestContext, id: string) {
    return this.db.transaction(async (tx) => {
      const open = await this.lockOpen(tx, id);
      const areas = pick(await this.areasById(tx, open.areaIds), open.areaIds);
      return this.invitations.invite(tx, ctx, {
        email: open.email,
        role: open.role,
        scopeIds: open.areaIds,
        purpose: staffInvitationPurpose(open.role, areas),
      });
    });
  }

  /** The link stops working at once; nothing was granted, so nothing else changes. */
  async revoke(ctx: RequestContext, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await this.lockOpen(tx, id);
      return this.invitations.revokeById(tx, ctx.now, id);
    });
  }

  private async lockOpen(tx: EntityManager, id: string): Promise<StaffInvitationRow> {
    const open = isUuid(id) ? await this.directory.lockOpenInvitation(tx, id) : null;
    if (!open) throw notFound('That invitation');
    return open;
  }

  private async areasById(tx: EntityManager, ids: string[]): Promise<Map<string, Area>> {
    const unique = [...new Set(ids)];
    const areas = unique.length ? await tx.getRepository(Area).find({ where: { id: In(unique) } }) : [];
    return new Map(areas.map((area) => [area.id, area]));
  }
}

function pick(areas: Map<string, Area>, ids: string[]): Area[] {
  return ids.flatMap((id) => areas.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name));
}

function toType(row: StaffInvitationRow, areas: Area[], now: Date): StaffInvitationType {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    areas,
    sentAt: row.sentAt,
    expiresAt: row.expiresAt,
    expired: row.expiresAt <= now,
  };
}
