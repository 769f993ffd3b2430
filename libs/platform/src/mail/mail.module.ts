import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { MailLinkRegistry } from './mail-links';
import { MailService } from './mail.service';

@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [MailService, MailLinkRegistry],
  exports: [MailService, MailLinkRegistry],
})
export class MailModule {}
