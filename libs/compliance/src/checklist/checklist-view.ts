import { ChecklistItemType, ChecklistType, RequirementType } from '../dto/compliance.types';
import { ChecklistItem } from '../entities/checklist-item.entity';
import { Requirement } from '../entities/requirement.entity';
import { complianceStatusOf, effectiveStatus, Standing, standingOf } from './compliance-standing';

/** The GraphQL shape of a catalogue entry. */
export function toRequirementType(requirement: Requirement): RequirementType {
  const {
    code,
    title,
    guidance,
    legalBasis,
    sourceUrl,
    mandatory,
    appliesTo,
    beforeTrading,
    validityMonths,
  } = requirement;
  return {
    code,
    title,
    guidance,
    legalBasis,
    sourceUrl,
    mandatory,
    appliesTo,
    beforeTrading,
    validityMonths,
  };
}

/** An item as a reader sees it today: DONE past its expiry reads EXPIRED. */
export function toChecklistItemType(
  item: ChecklistItem,
  requirement: Requirement,
  today: string,
): ChecklistItemType {
  return {
    id: item.id,
    enterpriseId: item.enterpriseId,
    status: effectiveStatus(item.status, item.expiresOn, today),
    overdue: standingOf(standingInput(item, requirement), today) === Standing.Overdue,
    dueOn: item.dueOn,
    expiresOn: item.expiresOn,
    completedOn: item.completedOn,
    inProgressSince: item.inProgressSince,
    reference: item.reference,
    note: item.note,
    waivedReason: item.waivedReason,
    checkedAt: item.checkedAt,
    checkedBy: item.checkedById ? { id: item.checkedById } : null,
    returnedAt: item.returnedAt,
    returnedReason: item.returnedReason,
    awaitingCheckSince: item.awaitingCheckSince,
    member: item.memberId ? { id: item.memberId, name: item.memberName ?? '' } : null,
    requirement: toRequirementType(requirement),
  };
}

/** Items with their requirements, in the order a checklist shows them: catalogue order, then member name. */
export function inChecklistOrder(
  items: readonly ChecklistItem[],
): { item: ChecklistItem; requirement: Requirement }[] {
  return items
    .map((item) => ({ item, requirement: requirementOf(item) }))
    .sort(
      (a, b) =>
        a.requirement.position - b.requirement.position ||
        (a.item.memberName ?? '').localeCompare(b.item.memberName ?? '') ||
        a.item.id.localeCompare(b.item.id),
    );
}

/** A checklist from items loaded with their requirements. */
export function toChecklistType(items: readonly ChecklistItem[], today: string): ChecklistType {
  const ordered = inChecklistOrder(items);
  return {
    status: complianceStatusOf(
      ordered.map(({ item, requirement }) => standingInput(item, requirement)),
      today,
    ),
    items: ordered.map(({ item, requirement }) => toChecklistItemType(item, requirement, today)),
  };
}

export function standingInput(item: ChecklistItem, requirement: Requirement) {
  return {
    status: item.status,
    dueOn: item.dueOn,
    expiresOn: item.expiresOn,
    mandatory: requirement.mandatory,
    beforeTrading: requirement.beforeTrading,
    checked: item.checkedAt !== null,
  };
}

/** The item's requirement: joined when it was loaded, or looked up in the catalogue. */
export function requirementOf(
  item: ChecklistItem,
  catalogue: ReadonlyMap<string, Requirement> = new Map(),
): Requirement {
  const requirement = item.requirement ?? catalogue.get(item.requirementCode);
  if (!requirement)
    throw new Error(`Checklist item ${item.id} names unknown requirement ${item.requirementCode}`);
  return requirement;
}

/** How a status reads in a timeline line. */
export const STATUS_IN_WORDS: Record<ChecklistItem['status'], string> = {
  TODO: 'to do',
  IN_PROGRESS: 'in progress',
  DONE: 'done',
  WAIVED: 'waived',
  EXPIRED: 'expired',
};

/** The item's name as people read it: the requirement, and whose it is. */
export function itemLabel(item: ChecklistItem, requirement: Requirement): string {
  return item.memberName ? `${requirement.title} (${item.memberName})` : requirement.title;
}
