// breach: no-app-imports-another-app
import { createApi } from '../../api/src';
export const web = createApi;
