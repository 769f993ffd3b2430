import { Module } from '@nestjs/common';
import { BudgetsModule } from '@small-places/budgets';
import { ComplianceModule } from '@small-places/compliance';
import { CrmModule } from '@small-places/crm';
import { IdentityModule } from '@small-places/identity';
import { MarketplaceModule } from '@small-places/marketplace';
import { PlatformModule } from '@small-places/platform';
import { DemoSeeder } from './seed/demo-seeder';

/** The application context for one-off commands: the libraries, without HTTP or GraphQL. */
@Module({
  imports: [PlatformModule, IdentityModule, ComplianceModule, CrmModule, MarketplaceModule, BudgetsModule],
  providers: [DemoSeeder],
})
export class CliModule {}
