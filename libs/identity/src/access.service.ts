import { Injectable } from '@nestjs/common';
import { forbidden, RequestContext, Role } from '@small-places/platform';
import { EntityManager, In, IsNull } from 'typeorm';
import { Grant, GrantKind } from './entities/grant.entity';

/**
 * The one object-level access check: does the caller hold a grant on this Area, enterprise or budget?
 * Services call it with the id they are about to read or change, inside their transaction.
 */
@Injectable()
export class AccessService {
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

  async grant(
    tx: EntityManager,
    userId: string,
    kind: GrantKind,
    scopeId: string | null = null,
  ): Promise<void> {
    await tx.createQueryBuilder().insert().into(Grant).values({ userId, kind, scopeId }).orIgnore().execute();
  }
}
