import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@small-places/platform';
import { BookingPlaceKind, BookingStatus } from '../entities/booking.entity';

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

@ObjectType('FreeTime', { description: "A stretch of a listing's availability nobody has booked yet." })
export class FreeTimeType {
  @Field() startsAt: Date;
  @Field() endsAt: Date;
}

@ObjectType('BookingArrangements', {
  description:
    'Where the support happens and how the two sides reach each other. The provider sees it once they accept.',
})
export class BookingArrangementsType {
  @Field(() => BookingPlaceKind, { nullable: true }) placeKind: BookingPlaceKind | null;
  @Field(() => String, { nullable: true }) placeAddress: string | null;
  @Field(() => String, { nullable: true, description: 'The phone number the person booking gave.' })
  contactPhone: string | null;
  @Field(() => String, { nullable: true, description: 'The email address the person booking gave.' })
  contactEmail: string | null;
  @Field(() => [String], {
    description: 'Email addresses of the provider’s people; empty until the provider accepts.',
  })
  providerEmails: string[];
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
