import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type CentroidKind = 'UNIT' | 'DISTRICT';

/** Where a postcode (UNIT, `TA1 1AA`) or a postcode district (DISTRICT, `TA1`) is, as WGS84 degrees. */
@Entity('postcode_centroids')
export class PostcodeCentroid {
  /** Normalised: upper case, one space before the inward code of a unit. */
  @PrimaryColumn({ type: 'text' }) postcode: string;
  @Column({ type: 'text' }) kind: CentroidKind;
  @Column({ type: 'text' }) district: string;
  @Column({ type: 'double precision' }) latitude: number;
  @Column({ type: 'double precision' }) longitude: number;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
