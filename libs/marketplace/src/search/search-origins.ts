import { Injectable } from '@nestjs/common';
import { isPostcodeDistrict } from '@small-places/platform';
import { PostcodeLocation, PostcodeService } from '../postcodes/postcode.service';

/** How long a looked-up postcode, or the list of districts, is remembered; an import's changes show within this. */
export const ORIGIN_TTL_MS = 10 * 60_000;
/** Enough for the busiest full postcodes; a few hundred kilobytes at most. */
export const ORIGIN_CACHE_SIZE = 20_000;

interface Remembered {
  location: PostcodeLocation | null;
  until: number;
}

interface DistrictSnapshot {
  byCode: Map<string, PostcodeLocation>;
  until: number;
}

/**
 * Where searches start, remembered for a while: centroids change only when an import runs, and looking
 * one up is otherwise a statement on every search (docs/marketplace.md, "What stood in the way").
 *
 * Districts (a few thousand) are held all at once, read in one statement, so that a search from a district
 * never waits for a lookup; full postcodes, of which there are millions, are remembered one by one.
 */
@Injectable()
export class SearchOrigins {
  private readonly remembered = new Map<string, Remembered>();
  private districts: DistrictSnapshot | null = null;
  private loadingDistricts: Promise<DistrictSnapshot> | null = null;

  constructor(private readonly postcodes: PostcodeService) {}

  async locate(postcode: string, now = Date.now()): Promise<PostcodeLocation | null> {
    const key = postcode.replace(/\s+/g, '').toUpperCase();
    if (isPostcodeDistrict(key)) {
      const district = (await this.districtSnapshot(now)).byCode.get(key);
      // A district missing from the snapshot may have been imported since it was read: ask the table.
      if (district) return district;
    }
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

  /**
   * The districts as last read. When they are due to be read again, the first search to notice starts the
   * read and every search meanwhile uses the old list, so no search waits for it (except the very first).
   */
  private async districtSnapshot(now: number): Promise<DistrictSnapshot> {
    if (this.districts && this.districts.until > now) return this.districts;
    if (!this.loadingDistricts) {
      this.loadingDistricts = this.postcodes
        .districts()
        .then((byCode) => (this.districts = { byCode, until: now + ORIGIN_TTL_MS }))
        .finally(() => (this.loadingDistricts = null));
      // A failed re-read keeps the old list; the next search tries again.
      if (this.districts) this.loadingDistricts.catch(() => undefined);
    }
    return this.districts ?? this.loadingDistricts;
  }
}
