import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, Server, Socket } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { Queue } from 'bullmq';
import IORedis, { RedisOptions } from 'ioredis';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { ApiLaunch, productionLaunch } from '../../apps/cli/src/dev/api-launch';

// Run from the repository root (npm scripts, Jest, the bench all do). The API and the worker start as production
// starts them (package.json's start:api and start:worker, with their heap flags).
const ROOT = process.cwd();
const WORKER_LAUNCH = productionLaunch('start:worker', ROOT);
const API_LAUNCH = productionLaunch('start:api', ROOT);

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function waitUntil(
  what: string,
  test: () => Promise<boolean>,
  timeoutMs = 120_000,
  everyMs = 50,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** Ports this run has handed out: a child may take seconds to bind its port, and must not find it taken. */
const handedOut = new Set<number>();

/**
 * A port nobody listens on, never the same one twice in a run: the OS may offer a port again as soon as the
 * probe closes it, and two processes booting side by side would then race for it (seen: a worker answering on
 * the port an API was given).
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await unusedPort();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

function unusedPort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

// ---- a minimal SMTP server that accepts everything and counts it ----

export interface ReceivedMessage {
  messageId: string;
  to: string;
}

export interface SmtpSink {
  port: number;
  url: string;
  messages: ReceivedMessage[];
  /** Distinct Message-IDs received. */
  distinct(): number;
  /** Messages received more than once (same Message-ID), beyond the first. */
  duplicates(): number;
  close(): Promise<void>;
}

/** Speaks just enough SMTP for nodemailer: EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT. No TLS, no auth. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMessage[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = '';
    let inData = false;
    let data = '';
    let rcpt = '';
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink ESMTP ready');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) {
            // Keep the tail in the buffer in case the terminator straddles chunks.
            if (buffer.length > 5) {
              data += buffer.slice(0, -5);
              buffer = buffer.slice(-5);
            }
            return;
          }
          data += buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          const match = /^Message-ID:\s*(<[^>]+>)/im.exec(data.replace(/\r\n[ \t]+/g, ' '));
          messages.push({ messageId: match?.[1] ?? `(none ${messages.length})`, to: rcpt });
          data = '';
          reply('250 2.0.0 queued');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') {
          socket.write('250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n');
        } else if (verb === 'HELO') reply('250 sink');
        else if (verb === 'MAIL') reply('250 2.1.0 ok');
        else if (verb === 'RCPT') {
          rcpt = /<([^>]*)>/.exec(line)?.[1] ?? '';
          reply('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
          // The DATA body starts right after this line.
        } else if (verb === 'RSET' || verb === 'NOOP') reply('250 ok');
        else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('502 not implemented');
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    distinct: () => new Set(messages.map((message) => message.messageId)).size,
    duplicates: () => messages.length - new Set(messages.map((message) => message.messageId)).size,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

// ---- a private redis-server, never the shared one ----

export interface PrivateRedis {
  port: number;
  url: string;
  start(): Promise<void>;
  /** SIGKILL: no save, every queued job gone (we run it without persistence). */
  kill(): Promise<void>;
  /** Removes its working folder; after kill. */
  forget(): Promise<void>;
}

/** Answers when something on `port` replies +PONG to PING (a redis-server or a sentinel). */
function redisAnswers(port: number): Promise<boolean> {
  return new Promise<boolean>((done) => {
    const socket = new Socket();
    socket.once('error', () => done(false));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (chunk) => {
      socket.destroy();
      done(chunk.toString().startsWith('+PONG'));
    });
  });
}

/** A redis-server without persistence; `args` come after the config file, if any (a sentinel needs one). */
export async function privateRedis(
  options: { configFile?: string; args?: string[] } = {},
): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const storage = options.args?.includes('--sentinel') ? [] : ['--save', '', '--appendonly', 'no'];
  // A replica writes the primary's snapshot to its folder, whatever --save says: keep it out of the project.
  const folder = await mkdtemp(join(tmpdir(), 'sp-redis-'));
  const redis: PrivateRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(
        'redis-server',
        [
          ...(options.configFile ? [options.configFile] : []),
          ...(options.args ?? []),
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--dir',
          folder,
          ...storage,
        ],
        { stdio: 'ignore', cwd: folder },
      );
      await waitUntil('redis to answer', () => redisAnswers(port), 10_000);
    },
    async kill() {
      // A child killed by a signal has no exit code, only a signal code; its exit event will not come again.
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child!.once('exit', done));
      child.kill('SIGKILL');
      await exited;
    },
    async forget() {
      await rm(folder, { recursive: true, force: true });
    },
  };
  return redis;
}

export interface SentinelRedis {
  /** What the API and worker are given: REDIS_URL names a host that does not exist, so only Sentinel works. */
  env: Record<string, string>;
  /** For the test's own clients. */
  connection: RedisOptions;
  /** The port of the primary as the sentinel sees it now. */
  primaryPort(): Promise<number>;
  /** The port of the server started as the primary. */
  firstPrimaryPort: number;
  /** SIGKILL the current primary. */
  killPrimary(): Promise<void>;
  stop(): Promise<void>;
}

const SENTINEL_MASTER = 'faults';

/**
 * A primary, a replica and one sentinel (quorum 1) that promotes the replica once the primary has not answered
 * for 2 s (1 s gave false alarms on a busy two-core machine).
 */
export async function privateSentinelRedis(): Promise<SentinelRedis> {
  const primary = await privateRedis();
  await primary.start();
  const replica = await privateRedis({ args: ['--replicaof', '127.0.0.1', String(primary.port)] });
  await replica.start();
  const folder = await mkdtemp(join(tmpdir(), 'sp-sentinel-'));
  const configFile = join(folder, 'sentinel.conf');
  await writeFile(
    configFile,
    [
      `sentinel monitor ${SENTINEL_MASTER} 127.0.0.1 ${primary.port} 1`,
      `sentinel down-after-milliseconds ${SENTINEL_MASTER} 2000`,
      `sentinel failover-timeout ${SENTINEL_MASTER} 5000`,
      '',
    ].join('\n'),
  );
  const sentinel = await privateRedis({ configFile, args: ['--sentinel'] });
  await sentinel.start();
  const servers = new Map([
    [primary.port, primary],
    [replica.port, replica],
  ]);
  const primaryPort = async () => {
    const client = new IORedis(sentinel.port, '127.0.0.1');
    try {
      const [, port] = (await client.call(
        'SENTINEL',
        'get-master-addr-by-name',
        SENTINEL_MASTER,
      )) as string[];
      return Number(port);
    } finally {
      client.disconnect();
    }
  };
  const sentinels = [{ host: '127.0.0.1', port: sentinel.port }];
  return {
    env: {
      REDIS_URL: 'redis://primary-found-through-sentinel.invalid:6379',
      REDIS_SENTINELS: `127.0.0.1:${sentinel.port}`,
      REDIS_SENTINEL_MASTER: SENTINEL_MASTER,
    },
    connection: { sentinels, name: SENTINEL_MASTER },
    primaryPort,
    firstPrimaryPort: primary.port,
    async killPrimary() {
      await servers.get(await primaryPort())!.kill();
    },
    async stop() {
      for (const server of [sentinel, primary, replica]) {
        await server.kill();
        await server.forget();
      }
      await rm(folder, { recursive: true, force: true });
    },
  };
}

// ---- API and worker processes, from dist/ ----

export interface NodeProcess {
  pid: number;
  /** Where its HTTP server listens: the GraphQL API, or the worker's health check. */
  url: string;
  output(): string;
  /** Resolves when its health check answers 200. */
  ready(): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}
export type WorkerProcess = NodeProcess;
export type ApiProcess = NodeProcess;

/**
 * How long a process may take to answer its health check. Alone it takes 1-2 s (bench: api_boot); four booting at
 * once on two loaded cores took over 30 s, which is slow start-up, not the fault these tests are about.
 */
const PROCESS_READY_MS = 90_000;

const PROCESS_ENV = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  DATABASE_POOL_SIZE: '20',
  JWT_SECRET: 'fault-test-secret-that-is-long-enough-for-hs256',
};

async function spawnNode(
  kind: 'api' | 'worker',
  launch: ApiLaunch,
  portVariable: 'PORT' | 'WORKER_PORT',
  healthPath: string,
  env: Record<string, string>,
): Promise<NodeProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [...launch.nodeArgs, join(ROOT, launch.entry)], {
    cwd: ROOT,
    env: { ...process.env, ...PROCESS_ENV, ...env, [portVariable]: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  return {
    pid: child.pid!,
    url,
    output: () => output,
    async ready() {
      await waitUntil(
        `${kind} ${child.pid} to be healthy`,
        async () => {
          if (child.exitCode !== null) throw new Error(`${kind} exited:\n${output}`);
          try {
            return (await fetch(`${url}${healthPath}`)).status === 200;
          } catch {
            return false;
          }
        },
        PROCESS_READY_MS,
        100,
      );
    },
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}

/** A worker process; ready when /health answers (Redis and workers up). */
export function spawnWorker(env: Record<string, string>): Promise<WorkerProcess> {
  return spawnNode('worker', WORKER_LAUNCH, 'WORKER_PORT', '/health', env);
}

/** An API process; ready when /health/ready answers (database, Redis, no pending migrations). */
export function spawnApi(env: Record<string, string>): Promise<ApiProcess> {
  return spawnNode('api', API_LAUNCH, 'PORT', '/health/ready', env);
}

// ---- data ----

export const AS_OF = '2026-12-01';

/**
 * `enterprises` enterprises, each with one member who has an account and ten DONE items expiring a week after
 * AS_OF: `enterprises × 10` reminders due on AS_OF, each one notification and one email.
 */
export async function seedExpiringItems(databaseUrl: string, enterprises: number): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const area = `00000000-0000-4000-8000-${randomBytes(6).toString('hex')}`;
    await client.query(`INSERT INTO areas (id, name) VALUES ($1, $2)`, [area, `Faults ${area.slice(-6)}`]);
    await client.query(
      `INSERT INTO users (id, email, display_name, email_verified_at)
       SELECT md5('u' || g)::uuid, 'person' || g || '@faults.test', 'Person ' || g, now() FROM generate_series(1, $1) g`,
      [enterprises],
    );
    await client.query(
      `INSERT INTO enterprises (id, area_id, name, legal_structure, postcode, district)
       SELECT md5('e' || g)::uuid, $2, 'Enterprise ' || g, 'SOLE_TRADER', 'TA1 1AA', 'TA1' FROM generate_series(1, $1) g`,
      [enterprises, area],
    );
    await client.query(
      `INSERT INTO grants (user_id, kind, scope_id)
       SELECT md5('u' || g)::uuid, 'MEMBER_OF_ENTERPRISE', md5('e' || g)::uuid FROM generate_series(1, $1) g`,
      [enterprises],
    );
    const result = await client.query(
      `INSERT INTO checklist_items (enterprise_id, area_id, requirement_code, status, completed_on, expires_on)
       SELECT md5('e' || g)::uuid, $2, c.code, 'DONE', '2026-01-01', $3::date + 7
       FROM generate_series(1, $1) g
       CROSS JOIN (SELECT code FROM requirements ORDER BY position LIMIT 10) c`,
      [enterprises, area, AS_OF],
    );
    return result.rowCount ?? 0;
  } finally {
    await client.end();
  }
}

export interface Tally {
  reminders: number;
  distinctReminders: number;
  notifications: number;
  owed: number;
}

export async function tally(databaseUrl: string): Promise<Tally> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Tally>(
      `SELECT (SELECT count(*)::int FROM reminders) AS reminders,
              (SELECT count(DISTINCT (item_id, due_on, offset_days))::int FROM reminders) AS "distinctReminders",
              (SELECT count(*)::int FROM notifications) AS notifications,
              (SELECT count(*)::int FROM notifications WHERE email_wanted AND emailed_at IS NULL) AS owed`,
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

/** Adds a scan job the way the daily scheduler does, from outside the worker. */
export async function requestScan(redis: string | RedisOptions, prefix: string, asOf = AS_OF): Promise<void> {
  const connection =
    typeof redis === 'string'
      ? new IORedis(redis, { maxRetriesPerRequest: null })
      : new IORedis({ ...redis, maxRetriesPerRequest: null });
  const queue = new Queue('reminder-scan', { connection, prefix });
  try {
    await queue.add(
      'scan',
      { asOf },
      { jobId: `scan-${asOf}-${randomBytes(3).toString('hex')}`, attempts: 3 },
    );
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

export function queuePrefix(): string {
  return `f${randomBytes(4).toString('hex')}`;
}
