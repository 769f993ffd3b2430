import { RequirementAppliesTo } from '../dto/compliance.enums';
import { DueRule, ValidityFrom } from '../rules/due-dates';
import { Activity, LegalStructure } from '../vocabulary';

/**
 * When a requirement applies. Every condition given must hold; a list holds when any of its entries does.
 * No conditions: it applies to every enterprise.
 */
export interface RequirementTrigger {
  activities?: Activity[];
  legalStructures?: LegalStructure[];
  employsStaff?: boolean;
  /** For EACH_MEMBER requirements: every member, or only those who work with clients. */
  members?: 'ALL' | 'WORKS_WITH_CLIENTS';
}

/** One catalogue entry, as the data files hold it and the `requirements` table stores it. */
export interface RequirementDefinition {
  code: string;
  title: string;
  /** Two or three short plain-English sentences: what to do next. */
  guidance: string;
  legalBasis: string;
  sourceUrl: string | null;
  appliesTo: RequirementAppliesTo;
  trigger: RequirementTrigger;
  mandatory: boolean;
  /**
   * Must be in place before trading (most things). False for obligations whose deadline comes after trading
   * starts (HMRC): those block the pipeline and the verified badge only once they are overdue.
   */
  beforeTrading: boolean;
  dueRule: DueRule;
  /** How long evidence stays valid; null when it does not expire. An Area may override it. */
  validityMonths: number | null;
  validityFrom: ValidityFrom;
  /** Days before a due or expiry date on which to remind (0 = on the day). An Area may override them. */
  reminderOffsetsDays: number[];
  /** While IN_PROGRESS, chase every this many days (applications to CQC or a Shared Lives scheme). */
  chaseEveryDays: number | null;
  /** Display order on a checklist. */
  position: number;
}

export const DEFAULT_REMINDER_OFFSETS_DAYS = [30, 7, 1, 0];
