import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ComplianceModule } from '@small-places/compliance';
import { IdentityModule } from '@small-places/identity';
import { MarketplaceCoreModule } from '@small-places/marketplace';
import { FeedRateLimitMiddleware } from './feed-rate-limit.middleware';
import { OpenReferralController } from './open-referral.controller';
import { OpenReferralService } from './open-referral.service';
import { PublicEnterpriseResolver } from './public-enterprise/public-enterprise.resolver';
import { PublicEnterpriseService } from './public-enterprise/public-enterprise.service';

/**
 * Open data and public pages: the Open Referral UK feed under /openreferral, and the public enterprise page's
 * GraphQL query. Reads listings only through the marketplace's public view.
 */
@Module({
  imports: [MarketplaceCoreModule, ComplianceModule, IdentityModule],
  controllers: [OpenReferralController],
  providers: [
    OpenReferralService,
    FeedRateLimitMiddleware,
    PublicEnterpriseService,
    PublicEnterpriseResolver,
  ],
})
export class OpenReferralModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(FeedRateLimitMiddleware).forRoutes(OpenReferralController);
  }
}
