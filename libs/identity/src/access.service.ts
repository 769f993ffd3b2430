import { Injectable } from '@nestjs/common';
import { forbidden, isUuid, notFound, RequestContext, Role } from '@small-places/platform';
import { EntityManager, In, IsNull } from 'typeorm';
import { EnterpriseDirectories, FollowedEnterprises } from './enterprise-directory';
import { Grant, GrantKind } from './entities/grant.entity';

/**
 * The one object-level access check: does the caller hold a grant on this Area, enterprise or budget?
 * Services call it with the id they are about to read or change, inside their transaction.
 */
/** Who may act on an enterprise: its members, the Catalysts of its Area, or either (Admins always may). */
export type EnterpriseAudience = 'member' | 'catalyst' | 'member-or-catalyst';

@Injectable()
export class AccessService {
  constructor(private readonly enterprises: EnterpriseDirectories) {}

  /**
   * The object-level check for anything that belongs to an enterprise (its record, checklist, listings,
   * bookings as provider). NOT_FOUND when it does not exist, FORBIDDEN when the caller has no grant on it.
   * Returns the enterprise's Area id.
   */
  async requireEnterprise(
    tx: EntityManager,
    ctx: RequestContext,
    enterpriseId: string,
    audience: EnterpriseAudience = 'member-or-catalyst',
  ): Promise<string> {
    const user = ctx.signedIn;
    const areaId = isUuid(enterpriseId) ? await this.enterprises.directory.areaOf(tx, enterpriseId) : null;
    if (!areaId) throw notFound('That enterprise');
    if (this.isAdmin(ctx)) return areaId;
    const grants = tx.getRepository(Grant);
    const asMember =
      audience !== 'catalyst' &&
      (await grants.exists({
        where: { userId: user.id, kind: GrantKind.MemberOfEnterprise, scopeId: enterpriseId },
      }));
    const asCatalyst =
      !asMember &&
      audience !== 'member' &&
      (await grants.exists({ where: { userId: user.id, kind: GrantKind.CatalystOfArea, scopeId: areaId } }));
    if (!asMember && !asCatalyst) throw forbidden();
    return areaId;
  }

  /** True when the caller is an Admin or a Catalyst of the Area (not a member). */
  async isCatalystOf(tx: EntityManager, ctx: RequestContext, areaId: string): Promise<boolean> {
    if (this.isAdmin(ctx)) return true;
    if (!ctx.user) return false;
    return this.hasGrant(tx, ctx.user.id, GrantKind.CatalystOfArea, areaId);
  }

  async hasGrant(
    tx: EntityManager,
    userId: string,
    kind: GrantKind,
    scopeId: string | null,
  ): Promise<boolean> {
    return tx
      .getRepository(Grant)
      .exists({ where: { userId, kind, scopeId: scopeId === null ? IsNull() : scopeId } });
  }

  isAdmin(ctx: RequestContext): boolean {
    return ctx.hasRole(Role.ADMIN);
  }

  /** Throws FORBIDDEN unless the caller is an Admin or holds one of the grants on the scope. */
  async require(tx: EntityManager, ctx: RequestContext, kinds: GrantKind[], scopeId: string): Promise<void> {
    const user = ctx.signedIn;
    if (this.isAdmin(ctx)) return;
    const found = await tx
      .getRepository(Grant)
      .exists({ where: { userId: user.id, kind: In(kinds), scopeId } });
    if (!found) throw forbidden();
  }

  /** The scope ids of one kind that the user holds (e.g. the Areas a Catalyst works in). */
  async scopesOf(tx: EntityManager, userId: string, kind: GrantKind): Promise<string[]> {
    const grants = await tx.getRepository(Grant).find({ where: { userId, kind }, select: { scopeId: true } });
    return grants.map((grant) => grant.scopeId).filter((id): id is string => id !== null);
  }

  /** What a person's calendar is about: the enterprises they are a member of and their caseload's. */
  async followedEnterprises(tx: EntityManager, userId: string): Promise<FollowedEnterprises> {
    const memberOf = await this.scopesOf(tx, userId, GrantKind.MemberOfEnterprise);
    const areaIds = await this.scopesOf(tx, userId, GrantKind.CatalystOfArea);
    const coached =
      areaIds.length > 0 && this.enterprises.loaded
        ? await this.enterprises.directory.enterprisesIn(tx, areaIds)
        : [];
    const members = new Set(memberOf);
    return { memberOf, coaching: coached.filter((id) => !members.has(id)) };
  }

  /** Removes every grant of these kinds on these objects (a closed budget's holder and delegates). */
  async revokeScopes(tx: EntityManager, kinds: GrantKind[], scopeIds: string[]): Promise<void> {
    if (scopeIds.length === 0) return;
    await tx.getRepository(Grant).delete({ kind: In(kinds), scopeId: In(scopeIds) });
  }

  /** The people holding a grant of one kind on a scope (e.g. a budget's delegates). */
  async holdersOf(tx: EntityManager, kind: GrantKind, scopeId: string): Promise<string[]> {
    const grants = await tx.getRepository(Grant).find({ where: { kind, scopeId }, select: { userId: true } });
    return grants.map((grant) => grant.userId);
  }

  /** For each scope, the people with an open account holding this grant on it, in one statement. */
  async openAccountsHolding(
    tx: EntityManager,
    kind: GrantKind,
    scopeIds: string[],
  ): Promise<Map<string, string[]>> {
    const holders = new Map<string, string[]>();
    if (scopeIds.length === 0) return holders;
    const rows: Array<{ scope_id: string; user_ids: string[] }> = await tx.query(
      `SELECT g.scope_id, array_agg(DISTINCT g.user_id) AS user_ids
       FROM grants g JOIN users u ON u.id = g.user_id
       WHERE g.kind = $1 AND g.scope_id = ANY($2::uuid[]) AND u.closed_at IS NULL
       GROUP BY g.scope_id`,
      [kind, [...new Set(scopeIds)]],
    );
    for (const row of rows) holders.set(row.scope_id, row.user_ids);
    return holders;
  }

  /** Removes one grant (a delegate removed by the holder); the next request on that object is refused. */
  async revoke(tx: EntityManager, userId: string, kind: GrantKind, scopeId: string): Promise<void> {
    await tx.getRepository(Grant).delete({ userId, kind, scopeId });
  }

  async grant(
    tx: EntityManager,
    userId: string,
    kind: GrantKind,
    scopeId: string | null = null,
  ): Promise<void> {
    await tx.createQueryBuilder().insert().into(Grant).values({ userId, kind, scopeId }).orIgnore().execute();
  }
}
