import { Injectable } from '@nestjs/common';
import { AreaService } from '@small-places/crm';
import { IdentityService, User } from '@small-places/identity';
import { Database, RequestContext } from '@small-places/platform';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

/** Real Somerset and Bristol districts, so demo searches work against the shared outcode file. */
export const DEMO_AREAS = [
  {
    name: 'Taunton and West Somerset',
    postcodeDistricts: ['TA1', 'TA2', 'TA3', 'TA4', 'TA21', 'TA23', 'TA24'],
  },
  { name: 'Bristol North', postcodeDistricts: ['BS5', 'BS6', 'BS7', 'BS9', 'BS10', 'BS16'] },
];

@Injectable()
export class DemoSeeder {
  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
    private readonly areas: AreaService,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.db.manager.getRepository(User).count()) === 0;
  }

  async seed(): Promise<void> {
    const ctx = RequestContext.system();
    for (const account of DEMO_ACCOUNTS.filter((a) => a.role === 'Admin')) {
      await this.identity.createAdmin(account.email, DEMO_PASSWORD, account.displayName);
    }
    for (const area of DEMO_AREAS) await this.areas.create(ctx, area);
  }
}
