import { Injectable } from '@nestjs/common';
import { ClosingAccount, PersonalData, PersonalDataSection, scrubFreeText } from '@small-places/platform';
import { EntityManager } from 'typeorm';

/**
 * Checklists belong to the enterprise; a closing member's name is scrubbed from the items that copied it
 * (member_name) and from evidence notes. Nothing of the person's own is exported from here: the CRM section
 * exports their memberships.
 */
@Injectable()
@PersonalData()
export class CompliancePersonalData implements PersonalDataSection {
  readonly name = 'checklists';

  async export(): Promise<unknown> {
    return { note: 'Checklists are records of the enterprise; see enterprises.memberships.' };
  }

  async erase(tx: EntityManager, account: ClosingAccount): Promise<void> {
    await scrubFreeText(
      tx,
      'checklist_items',
      ['member_name', 'reference', 'note', 'waived_reason'],
      account.personalStrings,
    );
  }
}
