import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { BookingsModule } from '@small-places/bookings';
import { BudgetsModule } from '@small-places/budgets';
import { CrmModule } from '@small-places/crm';
import { IdentityModule, IdentityService } from '@small-places/identity';
import { InvoicesModule } from '@small-places/invoices';
import { MIGRATIONS } from '@small-places/migrations';
import { MarketplaceModule } from '@small-places/marketplace';
import { NotificationsModule } from '@small-places/notifications';
import { OpenReferralModule } from '@small-places/openreferral';
import {
  APP_CONFIG,
  AppConfig,
  AuditApiModule,
  graphqlOptions,
  HealthModule,
  PlatformModule,
} from '@small-places/platform';

/** Creates the first Admin from BOOTSTRAP_ADMIN_* when there is none; the API is the only process that does. */
@Injectable()
class BootstrapAdmin implements OnApplicationBootstrap {
  constructor(private readonly identity: IdentityService) {}

  onApplicationBootstrap() {
    return this.identity.bootstrapAdmin();
  }
}

@Module({
  imports: [
    PlatformModule.forRoot({ migrations: MIGRATIONS }),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => graphqlOptions(config),
    }),
    HealthModule,
    AuditApiModule,
    IdentityModule,
    CrmModule,
    MarketplaceModule,
    NotificationsModule,
    BudgetsModule,
    BookingsModule,
    InvoicesModule,
    OpenReferralModule,
  ],
  providers: [BootstrapAdmin],
})
export class ApiModule {}
