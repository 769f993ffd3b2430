import { Injectable } from '@nestjs/common';
import { PostcodeLocation, PostcodeService } from '../postcodes/postcode.service';

/** How long a looked-up postcode is remembered; an import's changes show within this. */
export const ORIGIN_TTL_MS = 10 * 60_000;
/** Enough for every district and the busiest full postcodes; a few hundred kilobytes at most. */
export const ORIGIN_CACHE_SIZE = 20_000;

interface Remembered {
  location: PostcodeLocation | null;
  until: number;
}

/**
 * Where searches start, remembered for a while: centroids change only when an import runs, and looking
 * one up is otherwise a statement on every search (docs/marketplace.md, "What stood in the way").
 */
@Injectable()
export class SearchOrigins {
  private readonly remembered = new Map<string, Remembered>();

  constructor(private readonly postcodes: PostcodeService) {}

  async locate(postcode: string, now = Date.now()): Promise<PostcodeLocation | null> {
    const key = postcode.replace(/\s+/g, '').toUpperCase();
    const hit = this.remembered.get(key);
    if (hit && hit.until > now) return hit.location;
    const location = await this.postcodes.locate(postcode);
    // Oldest first: a Map iterates in insertion order, so dropping the first entry evicts the oldest.
    if (this.remembered.size >= ORIGIN_CACHE_SIZE) {
      this.remembered.delete(this.remembered.keys().next().value as string);
    }
    this.remembered.set(key, { location, until: now + ORIGIN_TTL_MS });
    return location;
  }
}
