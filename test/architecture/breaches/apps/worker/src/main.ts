// breach: worker-loads-no-resolver
import { CrmResolver } from '@small-places/crm/crm.resolver';
export const loaded = CrmResolver;
