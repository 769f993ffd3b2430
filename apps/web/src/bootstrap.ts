import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Express, NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { WEB_CONFIG, WebConfig } from './platform/web-config';
import { WebLogger } from './platform/web-logger';
import { configureViews, govukScriptPath, govukStylesheet, WEB_ROOT } from './platform/views';
import { WebModule } from './web.module';

const FORM_BODY_LIMIT = '100kb';
const ASSET_MAX_AGE = '1h';

/** Where map tiles come from, for the CSP: `{s}` subdomains become a wildcard. */
function tileOrigin(template: string): string {
  const origin = /^https?:\/\/[^/]+/.exec(template)?.[0] ?? "'self'";
  return origin.replace('{s}', '*');
}

/** Builds the website exactly as production runs it; the browser tests use the same function. */
export async function createWeb(options: { logger?: false } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(WebModule, {
    bodyParser: false,
    abortOnError: false,
    logger: options.logger === false ? false : new WebLogger(),
  });
  const config = app.get<WebConfig>(WEB_CONFIG);
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.useBodyParser('urlencoded', { extended: false, limit: FORM_BODY_LIMIT });

  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // govuk-frontend's template adds `js-enabled` with one inline script, which carries the nonce.
          scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce as string}'`],
          formAction: ["'self'"],
          imgSrc: ["'self'", 'data:', tileOrigin(config.mapTileUrl)],
          upgradeInsecureRequests: config.isProduction ? [] : null,
        },
      },
      strictTransportSecurity: config.isProduction,
    }),
  );

  const stylesheet = govukStylesheet();
  const server = app.getHttpAdapter().getInstance() as Express;
  server.get('/assets/govuk-frontend.css', (_req: Request, res: Response) => {
    res.type('text/css').set('cache-control', 'public, max-age=3600').send(stylesheet);
  });
  server.get('/assets/govuk-frontend.js', (_req: Request, res: Response) => {
    res.type('text/javascript').sendFile(govukScriptPath(), { maxAge: ASSET_MAX_AGE });
  });
  app.useStaticAssets(path.join(WEB_ROOT, 'platform', 'assets'), {
    prefix: '/assets/',
    maxAge: ASSET_MAX_AGE,
    index: false,
  });
  // Leaflet for the maps, from node_modules: no CDN sees who looks at which page.
  app.useStaticAssets(path.join(path.dirname(require.resolve('leaflet/package.json')), 'dist'), {
    prefix: '/assets/leaflet/',
    maxAge: ASSET_MAX_AGE,
    index: false,
  });
  configureViews(app, config.isProduction)
    .addGlobal('mapTiles', {
      url: config.mapTileUrl,
      attribution: config.mapAttribution,
    })
    .addGlobal('contactEmail', config.contactEmail);
  app.enableShutdownHooks();
  return app;
}
