import { Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AccessGuard, CsrfGuard } from './access';
import { ApiClient } from './api-client';
import { SessionMiddleware } from './session.middleware';
import { SessionInterceptor } from './session.interceptor';
import { SessionStore } from './session-store';
import { SiteMenu } from './site-menu';
import { loadWebConfig, WEB_CONFIG } from './web-config';
import { WebExceptionFilter } from './web-exception.filter';

/** What every area's pages use: config, the session, the API client, the menu, CSRF and error pages. */
@Global()
@Module({
  providers: [
    { provide: WEB_CONFIG, useFactory: () => loadWebConfig() },
    SessionStore,
    ApiClient,
    SiteMenu,
    { provide: APP_GUARD, useClass: CsrfGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: SessionInterceptor },
    { provide: APP_FILTER, useClass: WebExceptionFilter },
  ],
  exports: [WEB_CONFIG, ApiClient, SiteMenu, SessionStore],
})
export class WebPlatformModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('{*path}');
  }
}
