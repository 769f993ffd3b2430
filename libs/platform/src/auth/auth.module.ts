import { AccessRevocations } from './access-revocations';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Clock } from '../clock/clock';
import { AccessTokenService } from './access-token.service';
import { AuthGuard } from './auth.guard';

@Global()
@Module({
  providers: [Clock, AccessTokenService, AccessRevocations, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [Clock, AccessTokenService, AccessRevocations],
})
export class AuthModule {}
