// breach: no-lib-imports-an-app
import { createApi } from '@small-places/app-api';
export const notify = createApi;
