import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FeedAnswer } from './open-referral.service';

/** Harvesters poll; a minute of caching spares the database without leaving a withdrawn service up for long. */
export const CACHE_CONTROL = 'public, max-age=60';

/**
 * Sends a feed answer with an ETag (a hash of the body) and, where known, Last-Modified; answers 304 when the
 * client already holds it: by If-None-Match, or for a single resource (whose Last-Modified covers every part of
 * it) by If-Modified-Since. A list's newest row does not date the list (a row may have left it), so a list is
 * revalidated by ETag only.
 */
export function sendFeedAnswer(
  request: FastifyRequest,
  response: FastifyReply,
  answer: FeedAnswer,
  options: { singleResource?: boolean } = {},
): void {
  const text = JSON.stringify(answer.body);
  const etag = `"${createHash('sha1').update(text).digest('base64url')}"`;
  void response.header('ETag', etag).header('Cache-Control', CACHE_CONTROL);
  if (answer.lastModified) void response.header('Last-Modified', answer.lastModified.toUTCString());
  if (isFresh(request, etag, options.singleResource ? answer.lastModified : null)) {
    void response.status(304).send();
    return;
  }
  void response.status(200).type('application/json; charset=utf-8').send(text);
}

function isFresh(request: FastifyRequest, etag: string, lastModified: Date | null): boolean {
  const noneMatch = request.headers['if-none-match'];
  if (noneMatch) {
    return noneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === etag || tag === '*');
  }
  const since = request.headers['if-modified-since'];
  if (!since || !lastModified) return false;
  const sinceTime = Date.parse(since);
  // HTTP dates have whole seconds.
  return !Number.isNaN(sinceTime) && Math.floor(lastModified.getTime() / 1000) * 1000 <= sinceTime;
}
