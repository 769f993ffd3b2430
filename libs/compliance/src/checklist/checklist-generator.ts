import { RequirementDefinition, RequirementTrigger } from '../catalogue/requirement-definition';
import { RequirementAppliesTo } from '../dto/compliance.enums';
import { EnterpriseFacts, MemberFacts } from '../enterprise-facts';
import { firstDueOn } from '../rules/due-dates';
import { Activity } from '../vocabulary';

/** One line an enterprise's checklist must hold: a requirement, for the enterprise or for one member. */
export interface RequiredItem {
  requirementCode: string;
  memberId: string | null;
  memberName: string | null;
  dueOn: string | null;
}

/** The items a catalogue requires of an enterprise with these facts, in catalogue order. */
export function requiredItems(
  facts: EnterpriseFacts,
  catalogue: readonly RequirementDefinition[],
): RequiredItem[] {
  const items: RequiredItem[] = [];
  for (const requirement of [...catalogue].sort((a, b) => a.position - b.position)) {
    if (!enterpriseMatches(requirement.trigger, facts)) continue;
    const dueOn = firstDueOn(requirement.dueRule, facts.tradingStartsOn);
    if (requirement.appliesTo === RequirementAppliesTo.ENTERPRISE) {
      items.push({ requirementCode: requirement.code, memberId: null, memberName: null, dueOn });
      continue;
    }
    for (const member of facts.members.filter((m) => memberMatches(requirement.trigger, m))) {
      items.push({ requirementCode: requirement.code, memberId: member.id, memberName: member.name, dueOn });
    }
  }
  return items;
}

function enterpriseMatches(trigger: RequirementTrigger, facts: EnterpriseFacts): boolean {
  if (trigger.activities && !trigger.activities.some((activity) => facts.activities.includes(activity))) {
    return false;
  }
  if (trigger.legalStructures && !trigger.legalStructures.includes(facts.legalStructure)) return false;
  if (trigger.employsStaff !== undefined && trigger.employsStaff !== facts.employsStaff) return false;
  return true;
}

function memberMatches(trigger: RequirementTrigger, member: MemberFacts): boolean {
  return trigger.members !== 'WORKS_WITH_CLIENTS' || member.worksWithClients;
}

/**
 * Whether a requirement bears on listings of a category: those triggered by activities bear only on their
 * own (food registration on MEALS); the rest (insurance, DBS, HMRC) on every listing.
 */
export function bearsOnCategory(trigger: RequirementTrigger, category: Activity): boolean {
  return !trigger.activities || trigger.activities.includes(category);
}
