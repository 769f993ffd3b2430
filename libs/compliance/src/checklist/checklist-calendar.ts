import { Injectable } from '@nestjs/common';
import { AccessService, EnterpriseDirectories } from '@small-places/identity';
import { CalendarEntry, CalendarSource, CalendarSourcePlugIn } from '@small-places/notifications';
import { Database } from '@small-places/platform';
import { ChecklistItemStatus } from '../dto/compliance.enums';
import { ChecklistRepository } from './checklist.repository';

/**
 * The checklist's dates in a person's calendar feed: what is due and what runs out, for the enterprises they
 * are a member of (linked to the provider's page for the item) or coach (linked to the Catalyst's).
 */
@Injectable()
@CalendarSourcePlugIn()
export class ChecklistCalendar implements CalendarSource {
  constructor(
    private readonly db: Database,
    private readonly checklists: ChecklistRepository,
    private readonly access: AccessService,
    private readonly enterprises: EnterpriseDirectories,
  ) {}

  async entriesFor(userId: string, limit: number): Promise<CalendarEntry[]> {
    const tx = this.db.manager;
    const { memberOf, coaching } = await this.access.followedEnterprises(tx, userId);
    const items = await this.checklists.datedItemsOf(tx, [...memberOf, ...coaching], limit);
    const names = await this.enterprises.directory.summaries(
      tx,
      items.map((item) => item.enterpriseId),
    );
    const members = new Set(memberOf);
    return items.map((item) => {
      const open =
        item.status === ChecklistItemStatus.TODO || item.status === ChecklistItemStatus.IN_PROGRESS;
      const who = item.memberName ? ` (${item.memberName})` : '';
      const requirement = item.requirement!; // joined by datedItemsOf
      return {
        id: item.id,
        when: { on: item.attentionOn! },
        summary: `${names.get(item.enterpriseId)?.name ?? 'Your business'}: ${requirement.title}${who} ${open ? 'due' : 'expires'}`,
        description: requirement.guidance + (requirement.sourceUrl ? ` ${requirement.sourceUrl}` : ''),
        webPath: members.has(item.enterpriseId)
          ? `/your-business/${item.enterpriseId}/to-do/${item.id}`
          : `/caseload/${item.enterpriseId}/checklist/${item.id}`,
      };
    });
  }
}
