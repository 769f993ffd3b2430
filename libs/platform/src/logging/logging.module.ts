import { Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { type LogFn, stdSerializers } from 'pino';
import { AppConfig, loadConfig } from '../config/app-config';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/** A calendar feed's URL is its only credential: request logs show the route, never the token. */
export function logSafeUrl(url: string | undefined): string | undefined {
  return url?.replace(/^\/calendar\/[^/?#]+/, '/calendar/[token]');
}

/** A request's id: the caller's X-Request-Id when it is a plausible one, or a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Nest's start-up chatter: a line for every module, controller and route (hundreds of them), which buries
 * what matters when the app starts. Logged only when LOG_LEVEL is debug or trace.
 */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule']);
const PINO_INFO = 30;

export function isStartUpChatter(level: number, firstArgument: unknown): boolean {
  if (level !== PINO_INFO || typeof firstArgument !== 'object' || firstArgument === null) return false;
  const context = (firstArgument as { context?: unknown }).context;
  return typeof context === 'string' && START_UP_CONTEXTS.has(context);
}

/** Structured JSON logs with a request id that follows a request (and is echoed as X-Request-Id). */
export function loggerOptions(config: AppConfig) {
  return {
    pinoHttp: {
      level: config.logLevel,
      // One readable line per event on a developer's terminal; JSON everywhere else.
      transport:
        config.env === 'development' && hasPrettyPrinter()
          ? { target: 'pino-pretty', options: { singleLine: true } }
          : undefined,
      // Only where the request has no id yet (the website, on Express): behind the API's Fastify it already has
      // one, from the same requestIdOf, echoed by the API's own hook.
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = requestIdOf(req);
        res.setHeader('X-Request-Id', id);
        return id;
      },
      hooks: {
        logMethod(
          this: { isLevelEnabled(level: string): boolean },
          args: Parameters<LogFn>,
          method: LogFn,
          level: number,
        ) {
          if (isStartUpChatter(level, args[0]) && !this.isLevelEnabled('debug')) return;
          method.apply(this, args);
        },
      },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') ?? false },
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
        error || res.statusCode >= 500 ? 'error' : 'info',
      // The serializers read Node's own request and response: pino-http's wrapping would first copy every
      // header and the peer address of each request into an object, only for these three fields to be kept
      // (3 % of the API's CPU per search, docs/performance.md).
      wrapSerializers: false,
      serializers: {
        req: (req: { id: string; method: string; url: string; originalUrl?: string }) => ({
          id: req.id,
          method: req.method,
          url: logSafeUrl(req.originalUrl ?? req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: stdSerializers.err,
      },
    },
  };
}

@Module({ imports: [LoggerModule.forRootAsync({ useFactory: () => loggerOptions(loadConfig()) })] })
export class LoggingModule {}

function hasPrettyPrinter(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}
