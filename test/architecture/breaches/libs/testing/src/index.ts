// breach: testing-imports-no-app-by-relative-path
import { createApi } from '../../../apps/api/src';
export const app = createApi;
