import { Foundation1764100000000 } from './1764100000000-foundation';
import { Postcodes1764200000000 } from './1764200000000-postcodes';
import { Crm1764300000000 } from './1764300000000-crm';
import { Compliance1764400000000 } from './1764400000000-compliance';
import { Listings1764500000000 } from './1764500000000-listings';
import { Budgets1764600000000 } from './1764600000000-budgets';
import { Notifications1764700000000 } from './1764700000000-notifications';
import { Bookings1764800000000 } from './1764800000000-bookings';
import { AuditAndPrivacy1764900000000 } from './1764900000000-audit-and-privacy';
import { TrustRepairs1765000000000 } from './1765000000000-trust-repairs';
import { EnterpriseImports1765118000000 } from './1765118000000-enterprise-imports';
import { VisitsAndInvoices1765160000000 } from './1765160000000-visits-and-invoices';
import { OpenReferral1765170000000 } from './1765170000000-open-referral';
import { PublishedReads1796617695752 } from './1796617695752-published-reads';
import { EvidenceFiles1796617726475 } from './1796617726475-evidence-files';
import { LedgerReversals1796617888471 } from './1796617888471-ledger-reversals';
import { ImportRowRetention1796618052892 } from './1796618052892-import-row-retention';
import { ChecklistChecks1796620691740 } from './1796620691740-checklist-checks';
import { BookingPlaceAndContact1796620747383 } from './1796620747383-booking-place-and-contact';
import { TimelineOrder1796622930570 } from './1796622930570-timeline-order';
import { ReminderScanIndexes1796700000000 } from './1796700000000-reminder-scan-indexes';

/** Every migration, in order. A new migration is added here and nowhere else. */
export const MIGRATIONS = [
  Foundation1764100000000,
  Postcodes1764200000000,
  Crm1764300000000,
  Compliance1764400000000,
  Listings1764500000000,
  Budgets1764600000000,
  Notifications1764700000000,
  Bookings1764800000000,
  AuditAndPrivacy1764900000000,
  TrustRepairs1765000000000,
  EnterpriseImports1765118000000,
  VisitsAndInvoices1765160000000,
  OpenReferral1765170000000,
  PublishedReads1796617695752,
  EvidenceFiles1796617726475,
  LedgerReversals1796617888471,
  ImportRowRetention1796618052892,
  ChecklistChecks1796620691740,
  BookingPlaceAndContact1796620747383,
  TimelineOrder1796622930570,
  ReminderScanIndexes1796700000000,
];
