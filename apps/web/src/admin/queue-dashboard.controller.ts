import { All, Controller, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { SameOriginScript, SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';

/** The API's path of the queue dashboard (bull-board); the website serves it at the same path. */
const DASHBOARD_PATH = '/admin/queues';
/** What of the API's answer goes back to the browser; the website's own security headers stay. */
const PASSED_HEADERS = ['content-type', 'cache-control', 'etag', 'last-modified'];
const MAX_BODY_BYTES = 100 * 1024;

/**
 * The queue dashboard for a signed-in Admin, with no browser extension: the website passes each of the
 * dashboard's requests to the API at the same path with the Admin's own access token, so the API's checks
 * (a valid token, account open, session not ended, the ADMIN role) decide every request, as they do for the
 * API. Its scripts send JSON, so unsafe requests are accepted only from this site (`SameOriginScript`).
 */
@Controller('admin')
@SignedIn('ADMIN')
export class QueueDashboardController {
  constructor(private readonly api: ApiClient) {}

  @All(['queues', 'queues/*path'])
  @SameOriginScript()
  async relay(@Req() req: Request, @Res() res: Response): Promise<void> {
    const apiPath = DASHBOARD_PATH + req.originalUrl.slice(DASHBOARD_PATH.length);
    const hasBody = !['GET', 'HEAD'].includes(req.method);
    const response = await this.api.relay(req, apiPath, {
      method: req.method,
      body: hasBody ? await readBody(req) : undefined,
      contentType: hasBody ? req.headers['content-type'] : undefined,
    });
    res.status(response.status);
    for (const name of PASSED_HEADERS) {
      const value = response.headers.get(name);
      if (value) res.setHeader(name, value);
    }
    res.send(Buffer.from(await response.arrayBuffer()));
  }
}

async function readBody(req: Request): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('The request to the queue dashboard is too large.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
