import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum BookingStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(BookingStatus, { name: 'BookingStatus' });

export enum BookingPlaceKind {
  HOLDER_HOME = 'HOLDER_HOME',
  ELSEWHERE = 'ELSEWHERE',
}
registerEnumType(BookingPlaceKind, {
  name: 'BookingPlaceKind',
  description: 'Where the support happens: at the home of the person it is for, or somewhere else.',
});

@Entity('bookings')
export class Booking {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') listingId: string;
  @Column('uuid') enterpriseId: string;
  @Column({ type: 'uuid', nullable: true }) seriesId: string | null;
  @Column({ type: 'uuid', nullable: true }) holderId: string | null;
  @Column({ type: 'uuid', nullable: true }) requestedById: string | null;
  @Column({ type: 'uuid', nullable: true }) budgetId: string | null;
  @Column({ type: 'timestamptz' }) startsAt: Date;
  @Column({ type: 'timestamptz' }) endsAt: Date;
  @Column({ type: 'text' }) status: BookingStatus;
  @Column({ type: 'integer' }) costPence: number;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'text', nullable: true }) placeKind: BookingPlaceKind | null;
  @Column({ type: 'text', nullable: true }) placeAddress: string | null;
  @Column({ type: 'text', nullable: true }) contactPhone: string | null;
  @Column({ type: 'text', nullable: true }) contactEmail: string | null;
  @Column({ type: 'text', nullable: true }) answerReason: string | null;
  @Column({ type: 'uuid', nullable: true }) cancelledById: string | null;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) respondedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('booking_series')
export class BookingSeries {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') listingId: string;
  @Column({ type: 'uuid', nullable: true }) holderId: string | null;
  @Column({ type: 'integer' }) weeks: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('booking_messages')
export class BookingMessage {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') bookingId: string;
  @Column({ type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ type: 'text' }) body: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
