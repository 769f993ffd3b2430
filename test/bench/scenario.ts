import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { forgetQueuePrefix } from '@small-places/testing';
import { ApiLaunch, productionLaunch } from '../../apps/cli/src/dev/api-launch';

export type FigureValue = number | string | boolean;
export type Figures = Record<string, FigureValue>;

/** One named benchmark. Add a file under scenarios/ and one line in scenarios/index.ts. */
export interface BenchScenario {
  /** Lower-case letters, digits and underscores: it names the results entry and the scratch database. */
  name: string;
  description: string;
  run(env: BenchEnv): Promise<Figures>;
}

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Variables for the API process; anything not given gets a benchmark-safe default. */
export interface ApiEnv {
  DATABASE_URL: string;
  [name: string]: string | undefined;
}

export interface ApiProcess {
  pid: number;
  port: number;
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  graphqlUrl: string;
  /** `process.hrtime.bigint()` taken just before the spawn. */
  startedAt: bigint;
  /** Resolves with the milliseconds from `startedAt` to the first 200 from `/health/ready`. */
  waitReady(timeoutMs?: number): Promise<number>;
  /** Resident set size of the API process, from /proc. */
  rssMb(): number;
  stop(): Promise<void>;
}

export type RunLimit = { count: number } | { durationMs: number };

export interface ConcurrentResult {
  /** One entry per completed task, in completion order. */
  latenciesMs: number[];
  count: number;
  elapsedMs: number;
  requestsPerSecond: number;
}

export interface BenchEnv {
  scenario: string;
  createDatabase(): Promise<BenchDatabase>;
  /** A queue prefix of this run's own on the shared Redis; its keys are removed when the scenario ends. */
  queuePrefix(): string;
  /** Starts the API as `npm run start:api` does (its Node flags too), unless `launch` says otherwise. */
  spawnApi(env: ApiEnv, launch?: ApiLaunch): Promise<ApiProcess>;
  percentile(values: readonly number[], p: number): number;
  runConcurrent(
    concurrency: number,
    limit: RunLimit,
    task: (index: number) => Promise<unknown>,
  ): Promise<ConcurrentResult>;
  gql<T = Record<string, unknown>>(
    url: string,
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<T>;
}

/** A BenchEnv that remembers what it started, so a failed or interrupted scenario leaves nothing behind. */
export interface ManagedBenchEnv extends BenchEnv {
  dispose(): Promise<void>;
}

/** BENCH_KEEP_DATABASE=1 keeps each scenario's scratch database (its URL is printed) instead of dropping it. */
const KEEP_DATABASES = process.env.BENCH_KEEP_DATABASE === '1';
const DEFAULT_SERVER_URL = 'postgres://root@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const CLI_ENTRY = 'dist/apps/cli/src/main.js';
const READY_POLL_MS = 25;
const STOP_GRACE_MS = 10_000;
const OUTPUT_TAIL_CHARS = 8_000;

export function createBenchEnv(scenario: string): ManagedBenchEnv {
  const cleanups = new Set<() => Promise<void>>();
  const track = (cleanup: () => Promise<void>): (() => Promise<void>) => {
    const once = runOnce(async () => {
      cleanups.delete(once);
      await cleanup();
    });
    cleanups.add(once);
    return once;
  };

  return {
    scenario,
    percentile,
    runConcurrent,
    gql,
    async createDatabase() {
      const database = await createMigratedDatabase(scenario);
      if (KEEP_DATABASES) {
        // For EXPLAIN and profiling after the run; drop it by hand when done.
        console.log(`keeping the scratch database: ${database.url}`);
        return { url: database.url, drop: () => Promise.resolve() };
      }
      return { url: database.url, drop: track(database.drop) };
    },
    queuePrefix() {
      const prefix = `bench${randomToken(4)}`;
      track(() => forgetQueuePrefix(REDIS_URL, prefix));
      return prefix;
    },
    async spawnApi(env, launch = productionLaunch()) {
      // A fresh prefix keeps queues and rate-limit counters from earlier runs out of the measurement.
      const api = await spawnApiProcess({ QUEUE_PREFIX: this.queuePrefix(), ...env }, launch);
      return { ...api, stop: track(api.stop) };
    },
    async dispose() {
      // Processes first: a database cannot be dropped cleanly while the API still holds connections.
      for (const cleanup of [...cleanups].reverse()) {
        await cleanup().catch((error: unknown) => console.error(`cleanup failed: ${describeError(error)}`));
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Databases

async function createMigratedDatabase(scenario: string): Promise<BenchDatabase> {
  const serverUrl = process.env.BENCH_DATABASE_URL || DEFAULT_SERVER_URL;
  const name = `sp_bench_${scenario.toLowerCase().replace(/[^a-z0-9_]/g, '_')}_${randomToken(4)}`;
  await onServer(serverUrl, `CREATE DATABASE ${quoteIdent(name)}`);
  const url = withDatabaseName(serverUrl, name);
  const drop = runOnce(() => onServer(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  try {
    await runMigrations(url);
  } catch (error) {
    await drop();
    throw error;
  }
  return { url, drop };
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabaseName(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function runMigrations(databaseUrl: string): Promise<void> {
  const child = spawn(process.execPath, [join(process.cwd(), CLI_ENTRY), 'migrate'], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(child);
  const { code, signal } = await exited(child);
  if (code !== 0) {
    throw new Error(`migrate exited with ${signal ?? `code ${code}`}:\n${output.tail()}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// API process

async function spawnApiProcess(overrides: ApiEnv, launch: ApiLaunch): Promise<ApiProcess> {
  const port = overrides.PORT ? Number(overrides.PORT) : await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    REDIS_URL,
    JWT_SECRET: randomBytes(36).toString('base64url'),
    CORS_ORIGINS: 'http://localhost',
    LOG_LEVEL: 'warn',
    // Production refuses to start without SMTP; nothing listens here, and no benchmark should send mail.
    SMTP_URL: 'smtp://127.0.0.1:2525',
    PUBLIC_URL: url,
    ...overrides,
    PORT: String(port),
  };

  const startedAt = process.hrtime.bigint();
  const child = spawn(process.execPath, [...launch.nodeArgs, join(process.cwd(), launch.entry)], {
    cwd: process.cwd(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not spawn ${launch.entry}`);
  const output = captureOutput(child);
  const exit = exited(child);
  // Nobody may be awaiting the exit yet when a spawn error arrives; stop() and waitReady() report it instead.
  exit.catch(() => undefined);

  return {
    pid,
    port,
    url,
    graphqlUrl: `${url}/graphql`,
    startedAt,
    waitReady: (timeoutMs = 30_000) => waitForReady(url, startedAt, timeoutMs, child, output),
    rssMb: () => readRssMb(pid),
    stop: runOnce(() => stopProcess(child, exit)),
  };
}

async function waitForReady(
  baseUrl: string,
  startedAt: bigint,
  timeoutMs: number,
  child: ChildProcess,
  output: OutputTail,
): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (hasExited(child)) {
      throw new Error(`API exited before it was ready (code ${child.exitCode}):\n${output.tail()}`);
    }
    if (await answersReady(baseUrl)) return msSince(startedAt);
    await sleep(READY_POLL_MS);
  }
  throw new Error(`API not ready after ${timeoutMs} ms:\n${output.tail()}`);
}

async function answersReady(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    // Connection refused until the server listens; that is the normal case while booting.
    return false;
  }
}

function readRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS line in /proc/${pid}/status`);
  return Number(match[1]) / 1024;
}

async function stopProcess(child: ChildProcess, exit: Promise<unknown>): Promise<void> {
  if (hasExited(child)) return;
  child.kill('SIGTERM');
  const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  try {
    await exit;
  } finally {
    clearTimeout(killTimer);
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not find a free port'))));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Child process plumbing

interface OutputTail {
  tail(): string;
}

/** Keeps the end of a child's output, quiet unless something goes wrong, so the bench table stays readable. */
function captureOutput(child: ChildProcess): OutputTail {
  let text = '';
  const append = (chunk: Buffer): void => {
    text = (text + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return { tail: () => text.trimEnd() || '(no output)' };
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring

/** Nearest-rank percentile; `p` is 0–100. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is outside 0–100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/**
 * Runs `task` in `concurrency` loops until `count` tasks have been started or `durationMs` has passed.
 * The first failure stops every loop and rejects: figures from a run with errors would flatter the code.
 */
export async function runConcurrent(
  concurrency: number,
  limit: RunLimit,
  task: (index: number) => Promise<unknown>,
): Promise<ConcurrentResult> {
  const latenciesMs: number[] = [];
  const started = performance.now();
  const deadline = 'durationMs' in limit ? started + limit.durationMs : Infinity;
  const maxCount = 'count' in limit ? limit.count : Infinity;
  let next = 0;
  let failed = false;

  const loop = async (): Promise<void> => {
    while (!failed && next < maxCount && performance.now() < deadline) {
      const index = next++;
      const before = performance.now();
      try {
        await task(index);
      } catch (error) {
        failed = true;
        throw error;
      }
      latenciesMs.push(performance.now() - before);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));

  const elapsedMs = performance.now() - started;
  return {
    latenciesMs,
    count: latenciesMs.length,
    elapsedMs,
    requestsPerSecond: latenciesMs.length / (elapsedMs / 1000),
  };
}

export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

// ---------------------------------------------------------------------------------------------------------------
// GraphQL over HTTP

/** Posts one operation; throws on HTTP failure or any GraphQL error, so a benchmark never times failures. */
/**
 * The load generator's client: `node:http` with a keep-alive agent rather than `fetch`. It shares the two cores
 * with the API and PostgreSQL, and `fetch` spent 0.7-1.5 ms of CPU a request against 0.3 ms here
 * (docs/marketplace.md), which the API's figures paid for and the raw-SQL side's `pg` client did not.
 */
const benchAgent = new Agent({ keepAlive: true, maxSockets: 64 });

function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent: benchAgent,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const { status, text } = await postJson(url, JSON.stringify({ query, variables }), headers);
  const body = parseJsonObject(text);
  if (!body) throw new Error(`GraphQL HTTP ${status}: ${text.slice(0, 500)}`);
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    throw new Error(`GraphQL errors (HTTP ${status}): ${JSON.stringify(body.errors).slice(0, 1000)}`);
  }
  if (status < 200 || status >= 300 || typeof body.data !== 'object' || body.data === null) {
    throw new Error(`GraphQL HTTP ${status} without data: ${text.slice(0, 500)}`);
  }
  return body.data as T;
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function randomToken(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Cleanups may be called by the scenario and again by dispose(); only the first call does anything. */
function runOnce(action: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () => (pending ??= action());
}
