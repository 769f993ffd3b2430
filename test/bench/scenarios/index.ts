import { BenchScenario } from '../scenario';
import { apiBoot } from './api-boot';

/** Every scenario `npm run bench` knows, in the order a bare `npm run bench` runs them. */
export const SCENARIOS: BenchScenario[] = [apiBoot];
