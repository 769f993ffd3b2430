// breach: testing-starts-an-app-only-through-its-index
import { bootstrap } from '@small-places/app-api/bootstrap';
export const app = bootstrap;
