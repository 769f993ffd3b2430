import { Activity, LegalStructure } from './vocabulary';

/**
 * What compliance needs to know about an enterprise to build its checklist. The CRM hands it over whenever
 * an enterprise is created or one of these facts changes; compliance never reads CRM tables.
 */
export interface EnterpriseFacts {
  id: string;
  areaId: string;
  legalStructure: LegalStructure;
  activities: Activity[];
  employsStaff: boolean;
  /** Planned or actual trading start, YYYY-MM-DD, or null while unknown. */
  tradingStartsOn: string | null;
  members: MemberFacts[];
}

export interface MemberFacts {
  id: string;
  name: string;
  /** Members who work with clients need DBS checks and training; a book-keeper may not. */
  worksWithClients: boolean;
}
