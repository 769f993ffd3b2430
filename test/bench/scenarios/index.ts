import { BenchScenario } from '../scenario';
import { apiBoot } from './api-boot';
import { bookingsBench } from './bookings';
import { nPlusOne } from './n-plus-one';
import { searchBench } from './search';
import { remindersBench } from './reminders';
import { invoicesBench } from './invoices';

/** Every scenario `npm run bench` knows, in the order a bare `npm run bench` runs them. */
export const SCENARIOS: BenchScenario[] = [
  apiBoot,
  nPlusOne,
  searchBench,
  remindersBench,
  bookingsBench,
  invoicesBench,
];
