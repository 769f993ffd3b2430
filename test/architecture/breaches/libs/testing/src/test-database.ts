// breach: the-test-global-set-up-reaches-only-the-database-options
import { platformValue } from '../../platform/src/clock';
export const template = platformValue;
