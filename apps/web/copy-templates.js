/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- a plain CommonJS build step */
/**
 * tsc compiles only TypeScript; the web app's Nunjucks views and browser assets sit beside its code, so
 * the build copies them into dist/ where the compiled app looks for them.
 */
const { cpSync } = require('node:fs');
const path = require('node:path');

const source = path.join(__dirname, 'src');
const target = path.join(__dirname, '..', '..', 'dist', 'apps', 'web', 'src');
const copied = /\.(njk|css|js)$/;

cpSync(source, target, {
  recursive: true,
  filter: (file) => !path.extname(file) || (copied.test(file) && !file.endsWith('.ts')),
});
