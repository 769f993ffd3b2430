/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- plain CommonJS, run before anything is built */
/**
 * `npm start` runs this first, so a port that is already taken is reported in a second instead of after the
 * build. The same ports and settings as the launcher (apps/cli/src/dev/dev-launcher.ts), which checks again
 * just before it starts anything.
 */
const { createServer } = require('node:net');

const WANTED = [
  { setting: 'PORT', fallback: 3000, purpose: 'the API' },
  { setting: 'WORKER_PORT', fallback: 3001, purpose: 'the worker health check' },
  { setting: 'WEB_PORT', fallback: 3002, purpose: 'the website' },
  // Only when npm start runs its own PostgreSQL.
  {
    setting: 'EMBEDDED_PG_PORT',
    fallback: 54329,
    purpose: 'the development PostgreSQL',
    unless: 'DATABASE_URL',
  },
];

function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

async function main() {
  const problems = [];
  for (const { setting, fallback, purpose, unless } of WANTED) {
    if (unless && process.env[unless]) continue;
    const raw = process.env[setting];
    const port = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      problems.push(`${setting}=${raw} is not a port number.`);
    } else if (!(await isFree(port))) {
      problems.push(
        `Port ${port}, wanted for ${purpose}, is already in use. Stop whatever holds it, or set ${setting}.`,
      );
    }
  }
  if (problems.length > 0) {
    console.error(['npm start cannot begin:', ...problems.map((problem) => `  - ${problem}`)].join('\n'));
    console.error('Another copy of Small Places is probably still running.');
    process.exit(1);
  }
}

void main();
