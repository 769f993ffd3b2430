import { BenchScenario } from '../scenario';
import { apiBoot } from './api-boot';
import { nPlusOne } from './n-plus-one';
import { searchBench } from './search';

/** Every scenario `npm run bench` knows, in the order a bare `npm run bench` runs them. */
export const SCENARIOS: BenchScenario[] = [apiBoot, nPlusOne, searchBench];
