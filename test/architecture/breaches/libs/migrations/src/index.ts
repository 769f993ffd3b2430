// breach: migrations-import-no-context
import { enterpriseName } from '@small-places/crm';
export const MIGRATIONS = [enterpriseName];
