import { ConsoleLogger } from '@nestjs/common';

/**
 * Nest's console logger without its start-up chatter (a line for every module, controller and route), so
 * the website's start says only what matters. WEB_LOG_ROUTES=true brings the lines back.
 */
export class WebLogger extends ConsoleLogger {
  private static readonly START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

  constructor(private readonly showStartUp = process.env.WEB_LOG_ROUTES === 'true') {
    super();
  }

  override log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (!this.showStartUp && typeof context === 'string' && WebLogger.START_UP_CONTEXTS.has(context)) return;
    super.log(message, ...rest);
  }
}
