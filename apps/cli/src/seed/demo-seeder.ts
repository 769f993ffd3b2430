import { Injectable } from '@nestjs/common';
import { AreaService } from '@small-places/crm';
import { IdentityService, User } from '@small-places/identity';
import { describeImport, PostcodeImporter } from '@small-places/marketplace';
import { Database, RequestContext } from '@small-places/platform';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

/** Real Somerset and Bristol districts, so demo searches work against the shared outcode file. */
export const DEMO_AREAS = [
  {
    name: 'Taunton and West Somerset',
    postcodeDistricts: ['TA1', 'TA2', 'TA3', 'TA4', 'TA21', 'TA23', 'TA24'],
  },
  { name: 'Bristol North', postcodeDistricts: ['BS5', 'BS6', 'BS7', 'BS9', 'BS10', 'BS16'] },
];

/** The shared district centroids, beside the project (commands run from its root). */
export const DEMO_POSTCODE_FILE = '../shared/data/uk-outcodes.csv';

@Injectable()
export class DemoSeeder {
  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
    private readonly areas: AreaService,
    private readonly postcodes: PostcodeImporter,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.db.manager.getRepository(User).count()) === 0;
  }

  async seed(): Promise<void> {
    const ctx = RequestContext.system();
    await this.importPostcodes();
    for (const account of DEMO_ACCOUNTS.filter((a) => a.role === 'Admin')) {
      await this.identity.createAdmin(account.email, DEMO_PASSWORD, account.displayName);
    }
    for (const area of DEMO_AREAS) await this.areas.create(ctx, area);
  }

  /** Demo listings are searched by postcode, so the districts go in first; without the file, search waits. */
  private async importPostcodes(): Promise<void> {
    const file = resolve(process.cwd(), DEMO_POSTCODE_FILE);
    if (!existsSync(file)) {
      console.log(`Note: ${file} is not there; run \`npm run import:postcodes -- <csv>\` before searching.`);
      return;
    }
    console.log(describeImport(await this.postcodes.importFile(file)));
  }
}
