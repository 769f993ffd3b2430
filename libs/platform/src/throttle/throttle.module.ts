import { Global, Module } from '@nestjs/common';
import { AttemptLimiter } from './attempt-limiter';

@Global()
@Module({ providers: [AttemptLimiter], exports: [AttemptLimiter] })
export class ThrottleModule {}
