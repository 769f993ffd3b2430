import { Injectable } from '@nestjs/common';
import { AccessService, EnterpriseDirectories } from '@small-places/identity';
import { CalendarEntry, CalendarSource, CalendarSourcePlugIn } from '@small-places/notifications';
import { Database } from '@small-places/platform';
import { IsNull } from 'typeorm';
import { Action } from '../entities/coaching.entity';

/**
 * Open coaching actions in a person's calendar feed, on their due dates: the provider's (linked to their home
 * page: the website has no page of a provider's actions yet) and, for a Catalyst, their caseload's (linked to the enterprise's page).
 */
@Injectable()
@CalendarSourcePlugIn()
export class CoachingCalendar implements CalendarSource {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly enterprises: EnterpriseDirectories,
  ) {}

  async entriesFor(userId: string, limit: number): Promise<CalendarEntry[]> {
    const tx = this.db.manager;
    const { memberOf, coaching } = await this.access.followedEnterprises(tx, userId);
    const enterpriseIds = [...memberOf, ...coaching];
    if (enterpriseIds.length === 0) return [];
    const actions = await tx
      .getRepository(Action)
      .createQueryBuilder('action')
      .where('action.enterpriseId = ANY(:enterpriseIds::uuid[])', { enterpriseIds })
      .andWhere({ doneAt: IsNull() })
      .orderBy('action.dueOn', 'ASC')
      .addOrderBy('action.id', 'ASC')
      .limit(limit)
      .getMany();
    const names = await this.enterprises.directory.summaries(
      tx,
      actions.map((action) => action.enterpriseId),
    );
    const members = new Set(memberOf);
    return actions.map((action) => ({
      id: action.id,
      when: { on: action.dueOn },
      summary: `${names.get(action.enterpriseId)?.name ?? 'Your business'}: ${action.title}`,
      description: 'Coaching action agreed with your Catalyst. Mark it done in Small Places when it is.',
      webPath: members.has(action.enterpriseId) ? '/home' : `/caseload/${action.enterpriseId}`,
    }));
  }
}
