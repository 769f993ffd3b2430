import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Clock } from '../clock/clock';
import { AccessTokenService } from './access-token.service';
import { AuthGuard } from './auth.guard';

@Global()
@Module({
  providers: [Clock, AccessTokenService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [Clock, AccessTokenService],
})
export class AuthModule {}
