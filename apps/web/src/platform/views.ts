import { NestExpressApplication } from '@nestjs/platform-express';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { PlainNameList, plainName } from './plain-names';

/** The folder holding every area's views (apps/web/src, or its copy in dist/). */
export const WEB_ROOT = path.resolve(__dirname, '..');
const GOVUK_FRONTEND = path.join(path.dirname(require.resolve('govuk-frontend/package.json')), 'dist');

export const SERVICE_NAME = 'Small Places';

/** Nunjucks as Express's view engine, finding our views by path from WEB_ROOT and govuk-frontend's macros. */
export function configureViews(app: NestExpressApplication, isProduction: boolean): nunjucks.Environment {
  const env = nunjucks.configure([WEB_ROOT, GOVUK_FRONTEND], {
    autoescape: true,
    throwOnUndefined: false,
    noCache: !isProduction,
    express: app.getHttpAdapter().getInstance(),
  });
  env.addGlobal('serviceName', SERVICE_NAME);
  env.addFilter('pounds', formatPounds);
  env.addFilter('miles', formatMiles);
  env.addFilter('price', formatPrice);
  env.addFilter('capacity', (value: string) => plainName('capacity', value));
  env.addFilter('plain', (value: string, list: PlainNameList) => plainName(list, value));
  app.setViewEngine('njk');
  return env;
}

const POUNDS = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
});

/** 120000 → "£1,200.00", 1850 → "£18.50", -500 → "−£5.00": one spelling of money on every page. */
export function formatPounds(pence: number): string {
  return POUNDS.format(pence / 100).replace('-', '−');
}

/** Plainly: "Free", "Pay what you can", or "£18.50 an hour". */
export function formatPrice(pence: number, unit: string): string {
  if (unit === 'PAY_WHAT_YOU_CAN') return 'Pay what you can';
  if (pence === 0) return 'Free';
  return `${formatPounds(pence)} ${plainName('priceUnit', unit)}`;
}

/** 0.04 → "less than 0.1 miles"; 1 → "1 mile"; 2.345 → "2.3 miles". */
export function formatMiles(miles: number): string {
  if (miles < 0.1) return 'less than 0.1 miles';
  const rounded = Math.round(miles * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'mile' : 'miles'}`;
}

const SYSTEM_FONTS = 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif';

/**
 * govuk-frontend's compiled stylesheet without the GDS Transport typeface, which only GOV.UK services may
 * use: its @font-face rules are dropped and the family is replaced by the system's own fonts.
 */
export function govukStylesheet(): string {
  const css = readFileSync(path.join(GOVUK_FRONTEND, 'govuk', 'govuk-frontend.min.css'), 'utf8');
  return css
    .replace(/@font-face\{[^}]*\}/g, '')
    .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '')
    .replace(/font-family:GDS Transport,arial,sans-serif/g, `font-family:${SYSTEM_FONTS}`)
    .replace(/font-family:GDS Transport/g, `font-family:${SYSTEM_FONTS}`);
}

export function govukScriptPath(): string {
  return path.join(GOVUK_FRONTEND, 'govuk', 'govuk-frontend.min.js');
}
