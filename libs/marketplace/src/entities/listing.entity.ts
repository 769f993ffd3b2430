import { Activity } from '@small-places/compliance';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DayOfWeek, ListingCapacity, ListingStatus, PriceUnit } from '../listings/listing-vocabulary';

/** A service an enterprise offers. The full postcode stays in here; the public sees the district only. */
@Entity('listings')
export class Listing {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') enterpriseId: string;
  /** The enterprise's Area when the listing was last saved, for Area reports and filters. */
  @Column('uuid') areaId: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'text' }) category: Activity;
  @Column({ type: 'integer' }) pricePence: number;
  @Column({ type: 'text' }) priceUnit: PriceUnit;
  @Column({ type: 'text' }) postcode: string;
  @Column({ type: 'text' }) district: string;
  @Column({ type: 'double precision' }) latitude: number;
  @Column({ type: 'double precision' }) longitude: number;
  @Column({ type: 'double precision' }) travelMiles: number;
  @Column({ type: 'smallint' }) availableDays: number;
  @Column({ type: 'text' }) status: ListingStatus;
  @Column({ type: 'text' }) capacity: ListingCapacity;
  @Column({ type: 'text', nullable: true }) hiddenReason: string | null;
  @Column() verified: boolean;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** One weekly slot, in Europe/London local time. */
@Entity('listing_availability')
export class AvailabilitySlot {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') listingId: string;
  @Column({ type: 'text' }) dayOfWeek: DayOfWeek;
  /** PostgreSQL `time`: read back as HH:MM:SS. */
  @Column({ type: 'time' }) startTime: string;
  @Column({ type: 'time' }) endTime: string;
}
