import { Injectable } from '@nestjs/common';
import { Role } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { GrantKind } from './entities/grant.entity';

/** An open account holding at least one Catalyst grant, with the Areas it covers. */
export interface CatalystAccount {
  id: string;
  displayName: string;
  email: string;
  areaIds: string[];
}

/** A Catalyst or Admin invitation neither accepted nor revoked; it may have run out (then it can be sent again). */
export interface StaffInvitationRow {
  id: string;
  email: string;
  role: Role;
  areaIds: string[];
  sentAt: Date;
  expiresAt: Date;
}

/** Who the programme's staff are, for the Admin's pages: the Catalysts and the staff invitations not answered. */
@Injectable()
export class StaffDirectory {
  catalysts(tx: EntityManager): Promise<CatalystAccount[]> {
    return tx.query(
      `SELECT u.id, u.display_name AS "displayName", u.email,
              array_agg(g.scope_id ORDER BY g.created_at) AS "areaIds"
         FROM users u JOIN grants g ON g.user_id = u.id AND g.kind = $1
        WHERE u.closed_at IS NULL
        GROUP BY u.id
        ORDER BY lower(u.display_name), u.id`,
      [GrantKind.CatalystOfArea],
    );
  }

  openInvitations(tx: EntityManager): Promise<StaffInvitationRow[]> {
    return tx.query(
      `SELECT id, email, role, scope_ids AS "areaIds", created_at AS "sentAt", expires_at AS "expiresAt"
         FROM invitations
        WHERE role = ANY($1::text[]) AND accepted_at IS NULL AND revoked_at IS NULL
        ORDER BY created_at DESC, id`,
      [[Role.CATALYST, Role.ADMIN]],
    );
  }

  /** One such invitation, locked for resending or revoking; null when it is not an open staff invitation. */
  async lockOpenInvitation(tx: EntityManager, id: string): Promise<StaffInvitationRow | null> {
    const rows: StaffInvitationRow[] = await tx.query(
      `SELECT id, email, role, scope_ids AS "areaIds", created_at AS "sentAt", expires_at AS "expiresAt"
         FROM invitations
        WHERE id = $1 AND role = ANY($2::text[]) AND accepted_at IS NULL AND revoked_at IS NULL
        FOR UPDATE`,
      [id, [Role.CATALYST, Role.ADMIN]],
    );
    return rows[0] ?? null;
  }
}
