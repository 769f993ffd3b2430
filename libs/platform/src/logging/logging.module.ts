import { Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, loadConfig } from '../config/app-config';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/** A calendar feed's URL is its only credential: request logs show the route, never the token. */
export function logSafeUrl(url: string | undefined): string | undefined {
  return url?.replace(/^\/calendar\/[^/?#]+/, '/calendar/[token]');
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
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') ?? false },
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
        error || res.statusCode >= 500 ? 'error' : 'info',
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: logSafeUrl(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
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
