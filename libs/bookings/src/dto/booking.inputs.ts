import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Id, OptionalText } from '@small-places/platform';
import { Transform, Type } from 'class-transformer';
import {
  IsDate,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { BookingPlaceKind } from '../entities/booking.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class RequestBookingInput {
  /** Not checked as a UUID: an id that cannot exist is simply not found. */
  @Field(() => ID) @IsString() @MaxLength(100) listingId: string;
  @Field({ description: 'When the support starts (ISO 8601 with offset).' })
  @Type(() => Date)
  @IsDate()
  startsAt: Date;
  @Field({ description: 'When it ends; at most 12 hours after it starts, the same day.' })
  @Type(() => Date)
  @IsDate()
  endsAt: Date;
  @Field(() => ID, { nullable: true, description: 'Charge it to this personal budget when accepted.' })
  @IsOptional()
  @Id()
  budgetId?: string;
  @Field({ nullable: true, description: 'What the provider should know; they see it with your name.' })
  @OptionalText(2000)
  note?: string;
  @Field(() => BookingPlaceKind, {
    nullable: true,
    description: 'Where the support happens; given with placeAddress. The provider sees it once they accept.',
  })
  @IsOptional()
  @IsEnum(BookingPlaceKind)
  placeKind?: BookingPlaceKind;
  @Field({ nullable: true, description: 'The address of the place; given with placeKind.' })
  @OptionalText(500)
  placeAddress?: string;
  @Field({
    nullable: true,
    description: 'A phone number the provider can call; they see it once they accept.',
  })
  @IsOptional()
  @Transform(trim)
  @Matches(/^\+?[0-9 ()-]{6,40}$/, { message: 'Enter a phone number, like 01632 960 001' })
  contactPhone?: string;
  @Field({
    nullable: true,
    description: 'An email address the provider can write to; seen once they accept.',
  })
  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'Enter an email address like name@example.com' })
  @MaxLength(254)
  contactEmail?: string;
}

@InputType()
export class RequestBookingSeriesInput extends RequestBookingInput {
  @Field(() => Int, { description: 'How many weeks running, the same time each week (2 to 52).' })
  @IsInt()
  @Min(2)
  @Max(52)
  weeks: number;
}

@InputType()
export class SendBookingMessageInput {
  @Field(() => ID) @IsString() @MaxLength(100) bookingId: string;
  @Field() @Transform(trim) @IsString() @MinLength(1) @MaxLength(2000) body: string;
}
