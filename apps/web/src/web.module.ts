import { Module } from '@nestjs/common';
import { AccountModule } from './account/account.module';
import { AdminModule } from './admin/admin.module';
import { CatalystModule } from './catalyst/catalyst.module';
import { HolderModule } from './holder/holder.module';
import { WebPlatformModule } from './platform/web-platform.module';
import { ProviderModule } from './provider/provider.module';
import { InvoicesWebModule } from './invoices/invoices-web.module';
import { PublicModule } from './public/public.module';

/**
 * One module per area of the site, each with its own controller and views folder. To add an area, add
 * its module here (one line); to add pages to an area, touch only that area's folder.
 */
@Module({
  imports: [
    WebPlatformModule,
    AccountModule,
    PublicModule,
    HolderModule,
    ProviderModule,
    InvoicesWebModule,
    CatalystModule,
    AdminModule,
  ],
})
export class WebModule {}
