import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@small-places/platform';
import { BookingStatus } from '../entities/booking.entity';

export enum BookingSide {
  HOLDER = 'HOLDER',
  PROVIDER = 'PROVIDER',
}
registerEnumType(BookingSide, {
  name: 'BookingSide',
  description: 'Bookings I asked for, or bookings of my enterprises.',
});

@ObjectType('BookingListing')
export class BookingListingType {
  @Field(() => ID) id: string;
  @Field() title: string;
}

@ObjectType('BookingMessage')
export class BookingMessageType {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field() createdAt: Date;
  @Field({ description: 'Whether the person asking wrote it.' }) mine: boolean;
}

@ObjectType('Booking')
export class BookingType {
  @Field(() => ID) id: string;
  @Field(() => BookingStatus) status: BookingStatus;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => Int) costPence: number;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was declined or cancelled.' }) answerReason:
    string | null;
  @Field({ description: 'A REQUESTED booking nobody answers expires at this time.' }) expiresAt: Date;
  @Field(() => ID, { nullable: true }) seriesId: string | null;
}

@ObjectType('BookingSeries')
export class BookingSeriesType {
  @Field(() => ID) id: string;
  @Field(() => Int) weeks: number;
  @Field(() => [BookingType]) bookings: BookingType[];
}

export const BookingConnection = ConnectionType(BookingType);
