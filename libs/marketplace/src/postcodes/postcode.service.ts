import { Injectable } from '@nestjs/common';
import { Database, normalisePostcode, postcodeDistrict } from '@small-places/platform';
import { In } from 'typeorm';
import { CentroidKind, PostcodeCentroid } from '../entities/postcode-centroid.entity';

export interface PostcodeLocation {
  /** The postcode as asked for, normalised (`TA1 1AA`, or `TA1` when a district was asked for). */
  postcode: string;
  district: string;
  latitude: number;
  longitude: number;
  /** UNIT when the postcode itself was found; DISTRICT when only its district was. */
  precision: CentroidKind;
}

@Injectable()
export class PostcodeService {
  constructor(private readonly db: Database) {}

  /**
   * Where a postcode or district is: the unit's own centroid when the table has it, else its district's
   * (most installations load only districts). Null when it is no postcode or neither is known.
   */
  async locate(input: string): Promise<PostcodeLocation | null> {
    const unit = normalisePostcode(input);
    const district = postcodeDistrict(input);
    if (!district) return null;
    const wanted = unit ? [unit, district] : [district];
    const found = await this.db.manager
      .getRepository(PostcodeCentroid)
      .find({ where: { postcode: In(wanted) } });
    const best = found.find((row) => row.postcode === unit) ?? found.find((row) => row.postcode === district);
    if (!best) return null;
    return {
      postcode: unit ?? district,
      district,
      latitude: best.latitude,
      longitude: best.longitude,
      precision: best.kind,
    };
  }

  /**
   * Every district's centroid, in one statement: a few thousand rows however many units are loaded, so a
   * caller can keep them all in memory.
   */
  async districts(): Promise<Map<string, PostcodeLocation>> {
    const rows = await this.db.manager
      .getRepository(PostcodeCentroid)
      .find({ where: { kind: 'DISTRICT' }, select: { postcode: true, latitude: true, longitude: true } });
    return new Map(
      rows.map((row) => [
        row.postcode,
        {
          postcode: row.postcode,
          district: row.postcode,
          latitude: row.latitude,
          longitude: row.longitude,
          precision: 'DISTRICT' as const,
        },
      ]),
    );
  }
}
