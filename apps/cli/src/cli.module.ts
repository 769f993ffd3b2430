import { MIGRATIONS } from '@small-places/migrations';
import { Module } from '@nestjs/common';
import { BookingsCoreModule } from '@small-places/bookings';
import { BudgetsCoreModule } from '@small-places/budgets';
import { ComplianceCoreModule } from '@small-places/compliance';
import { CrmCoreModule } from '@small-places/crm';
import { IdentityCoreModule } from '@small-places/identity';
import { MarketplaceCoreModule } from '@small-places/marketplace';
import { PlatformModule } from '@small-places/platform';
import { DemoSeeder } from './seed/demo-seeder';

/** The application context for one-off commands: the libraries' core modules, without HTTP or GraphQL. */
@Module({
  imports: [
    PlatformModule.forRoot({ migrations: MIGRATIONS }),
    IdentityCoreModule,
    ComplianceCoreModule,
    CrmCoreModule,
    MarketplaceCoreModule,
    BudgetsCoreModule,
    BookingsCoreModule,
  ],
  providers: [DemoSeeder],
})
export class CliModule {}
