// breach: no-context-reaches-into-another-contexts-internals
import { enterpriseName } from '../../crm/src/internal';
export const booked = enterpriseName;
