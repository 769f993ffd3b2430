// breach: platform-imports-no-context
import { enterpriseName } from '@small-places/crm';
export { platformValue } from './clock';
export const name = enterpriseName;
