import { BenchScenario } from '../scenario';
import { apiBoot } from './api-boot';
import { bookingsBench } from './bookings';
import { importBench } from './import';
import { nPlusOne } from './n-plus-one';
import { openReferralBench } from './open-referral';
import { searchBench } from './search';
import { remindersBench } from './reminders';
import { invoicesBench } from './invoices';
import { evidenceUploadBench } from './evidence-upload';

/** Every scenario `npm run bench` knows, in the order a bare `npm run bench` runs them. */
export const SCENARIOS: BenchScenario[] = [
  apiBoot,
  nPlusOne,
  searchBench,
  remindersBench,
  bookingsBench,
  importBench,
  openReferralBench,
  invoicesBench,
  evidenceUploadBench,
];
