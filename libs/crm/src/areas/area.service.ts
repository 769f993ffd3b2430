import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind, InvitationService, InviteUserInput } from '@small-places/identity';
import {
  badInput,
  conflict,
  Database,
  isPostcodeDistrict,
  isUniqueViolation,
  RequestContext,
  Role,
} from '@small-places/platform';
import { EntityManager, In } from 'typeorm';
import { CreateAreaInput } from './area.dto';
import { Area } from '../entities/area.entity';

/** Providers who sign up where no Area covers their district wait here (created by the CRM migration). */
export const UNASSIGNED_AREA_ID = '00000000-0000-4000-8000-000000000000';

/** The invitation email's first line for a Catalyst (naming their Areas) or an Admin. */
export function staffInvitationPurpose(role: Role, areas: Area[]): string {
  return role === Role.CATALYST
    ? `You are invited to work as a Catalyst in ${areas.map((area) => area.name).join(', ')}.`
    : 'You are invited to be an Admin of Small Places.';
}

@Injectable()
export class AreaService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly invitations: InvitationService,
  ) {}

  async create(_ctx: RequestContext, input: CreateAreaInput): Promise<Area> {
    const districts = [...new Set(input.postcodeDistricts.map((district) => district.trim().toUpperCase()))];
    const invalid = districts.filter((district) => !isPostcodeDistrict(district));
    if (invalid.length > 0) {
      throw badInput(`These are not postcode districts: ${invalid.join(', ')}.`, {
        postcodeDistricts: invalid.map((district) => `${district} is not a postcode district`),
      });
    }
    try {
      return await this.db.transaction(async (tx) => {
        const areas = tx.getRepository(Area);
        const overlapping = await areas
          .createQueryBuilder('area')
          .where('area.postcodeDistricts && :districts', { districts })
          .getMany();
        if (overlapping.length > 0) {
          const taken = districts.filter((d) =>
            overlapping.some((area) => area.postcodeDistricts.includes(d)),
          );
          throw conflict(`Another Area already covers ${taken.join(', ')}.`);
        }
        return areas.save(areas.create({ name: input.name, postcodeDistricts: districts }));
      });
    } catch (error) {
      if (isUniqueViolation(error, 'areas_name_key'))
        throw conflict('An Area with that name already exists.');
      throw error;
    }
  }

  /** Admins see every Area; a Catalyst sees the Areas they work in; everyone else none. */
  async list(ctx: RequestContext): Promise<Area[]> {
    const areas = this.db.manager.getRepository(Area);
    if (this.access.isAdmin(ctx)) return areas.find({ order: { name: 'ASC' } });
    const ids = await this.access.scopesOf(this.db.manager, ctx.signedIn.id, GrantKind.CatalystOfArea);
    return ids.length === 0 ? [] : areas.find({ where: { id: In(ids) }, order: { name: 'ASC' } });
  }

  /** The Area whose districts include this one, if any. */
  findCovering(tx: EntityManager, district: string): Promise<Area | null> {
    return tx
      .getRepository(Area)
      .createQueryBuilder('area')
      .where(':district = ANY(area.postcodeDistricts)', { district })
      .getOne();
  }

  /** Admins invite Catalysts (to named Areas) and other Admins. */
  async inviteStaff(ctx: RequestContext, input: InviteUserInput) {
    if (input.role !== Role.CATALYST && input.role !== Role.ADMIN) {
      throw badInput(
        'Admins invite Catalysts and Admins. Members and delegates are invited from their enterprise or budget.',
        {
          role: ['must be CATALYST or ADMIN'],
        },
      );
    }
    const areaIds = [...new Set(input.areaIds ?? [])];
    if (input.role === Role.CATALYST && areaIds.length === 0) {
      throw badInput('Choose at least one Area for the Catalyst.', {
        areaIds: ['are needed for a Catalyst'],
      });
    }
    if (input.role === Role.ADMIN && areaIds.length > 0) {
      throw badInput('Admins work across every Area; leave out areaIds.', {
        areaIds: ['must be empty for an Admin'],
      });
    }
    return this.db.transaction(async (tx) => {
      const areas = areaIds.length ? await tx.getRepository(Area).find({ where: { id: In(areaIds) } }) : [];
      if (areas.length !== areaIds.length) {
        throw badInput('One of those Areas does not exist.', { areaIds: ['contains an unknown Area'] });
      }
      return this.invitations.invite(tx, ctx, {
        email: input.email,
        role: input.role,
        scopeIds: areaIds,
        purpose: staffInvitationPurpose(input.role, areas),
      });
    });
  }
}
