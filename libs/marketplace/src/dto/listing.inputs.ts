import {
  absent,
  enumValue,
  finiteNumber,
  Id,
  instanceOf,
  onlyKeys,
  registerFastCheck,
  shortString,
  Text,
  trimmed,
} from '@small-places/platform';
import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Activity } from '@small-places/compliance';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DayOfWeek, ListingCapacity, PriceUnit } from '../listings/listing-vocabulary';

const Clock = () =>
  Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '$property must be a time written HH:MM, like 09:30' });
/** An end time may also be 24:00, the end of the day. */
const EndClock = () =>
  Matches(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, {
    message: '$property must be a time written HH:MM, like 17:30, or 24:00 for midnight',
  });

/** Most a slot list may hold: three slots a day. */
export const MAX_AVAILABILITY_SLOTS = 21;
/** £100,000: far above any real price, well inside a 32-bit integer. */
export const MAX_PRICE_PENCE = 10_000_000;

@InputType()
export class AvailabilityInput {
  @Field(() => DayOfWeek) @IsEnum(DayOfWeek) dayOfWeek: DayOfWeek;
  @Field({ description: 'Local time in Europe/London, HH:MM.' }) @Clock() startTime: string;
  @Field({ description: 'Local time in Europe/London, HH:MM (24:00 for midnight); after startTime.' })
  @EndClock()
  endTime: string;
}

const Availability = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(MAX_AVAILABILITY_SLOTS),
    ValidateNested({ each: true }),
    Type(() => AvailabilityInput),
  );
/** 0 is free; PAY_WHAT_YOU_CAN must be 0 (the service says so in words). */
const Price = () => applyDecorators(IsInt(), Min(0), Max(MAX_PRICE_PENCE));
const TravelMiles = () => applyDecorators(IsNumber(), Min(0), Max(100));

@InputType()
export class CreateListingInput {
  @Field(() => ID) @Id() enterpriseId: string;
  @Field() @Text(120) title: string;
  @Field() @Text(4000) description: string;
  @Field(() => Activity) @IsEnum(Activity) category: Activity;
  @Field(() => Int, { description: 'Price in pence: 0 for free, and always 0 with PAY_WHAT_YOU_CAN.' })
  @Price()
  pricePence: number;
  @Field(() => PriceUnit) @IsEnum(PriceUnit) priceUnit: PriceUnit;
  @Field({ description: 'Where the service is based. Never shown: search shows the district.' })
  @Text(16)
  postcode: string;
  @Field(() => Float, { description: 'How far the provider travels, 0 to 100 miles.' })
  @TravelMiles()
  travelMiles: number;
  @Field(() => [AvailabilityInput], { description: `Weekly slots, at most ${MAX_AVAILABILITY_SLOTS}.` })
  @Availability()
  availability: AvailabilityInput[];
  @Field(() => ListingCapacity, { nullable: true, description: 'TAKING_NEW_PEOPLE unless given.' })
  @IsOptional()
  @IsEnum(ListingCapacity)
  capacity?: ListingCapacity;
}

@InputType()
export class UpdateListingInput {
  @Field(() => ID) @Id() id: string;
  @Field({ nullable: true }) @IsOptional() @Text(120) title?: string;
  @Field({ nullable: true }) @IsOptional() @Text(4000) description?: string;
  @Field(() => Activity, { nullable: true }) @IsOptional() @IsEnum(Activity) category?: Activity;
  @Field(() => Int, { nullable: true }) @IsOptional() @Price() pricePence?: number;
  @Field(() => PriceUnit, { nullable: true }) @IsOptional() @IsEnum(PriceUnit) priceUnit?: PriceUnit;
  @Field({ nullable: true }) @IsOptional() @Text(16) postcode?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @TravelMiles() travelMiles?: number;
  @Field(() => [AvailabilityInput], { nullable: true, description: 'Replaces every slot.' })
  @IsOptional()
  @Availability()
  availability?: AvailabilityInput[];
  @Field(() => ListingCapacity, { nullable: true })
  @IsOptional()
  @IsEnum(ListingCapacity)
  capacity?: ListingCapacity;
}

@InputType()
export class ListingSearchInput {
  @Field({ description: 'A full postcode in any spelling (TA1 1AA, ta11aa) or a district (TA1).' })
  @Text(16)
  postcode: string;
  @Field(() => Float, { description: 'More than 0, at most 100.' })
  @IsNumber()
  @IsPositive({ message: 'radiusMiles must be more than 0' })
  @Max(100)
  radiusMiles: number;
  @Field(() => Activity, { nullable: true }) @IsOptional() @IsEnum(Activity) category?: Activity;
  @Field({ nullable: true, description: 'Words in the title or description; names may have typos.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  text?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) maxPricePence?: number;
  @Field(() => DayOfWeek, { nullable: true }) @IsOptional() @IsEnum(DayOfWeek) dayOfWeek?: DayOfWeek;
  @Field({ nullable: true, description: 'Only listings whose provider is taking new people now.' })
  @IsOptional()
  @IsBoolean()
  takingNewPeople?: boolean;
  @Field({ nullable: true, defaultValue: true, description: 'Only verified listings (the default).' })
  @IsOptional()
  @IsBoolean()
  verifiedOnly?: boolean;
}

const SEARCH_KEYS = new Set(Object.keys(searchInputRules()));
const ACTIVITIES = new Set<unknown>(Object.values(Activity));
const DAYS = new Set<unknown>(Object.values(DayOfWeek));

/** The decorators of ListingSearchInput as one function, for the search's fast check (fast-check.ts). */
function searchInputRules(): Record<keyof ListingSearchInput, (value: unknown) => boolean> {
  return {
    postcode: (value) => shortString(value, 16, 1),
    radiusMiles: (value) => finiteNumber(value) && value > 0 && value <= 100,
    category: (value) => absent(value) || enumValue(value, ACTIVITIES),
    text: (value) => absent(value) || shortString(value, 200),
    maxPricePence: (value) => absent(value) || (Number.isInteger(value) && (value as number) >= 0),
    dayOfWeek: (value) => absent(value) || enumValue(value, DAYS),
    takingNewPeople: (value) => absent(value) || typeof value === 'boolean',
    verifiedOnly: (value) => absent(value) || typeof value === 'boolean',
  };
}

const SEARCH_RULES = Object.entries(searchInputRules());
registerFastCheck(ListingSearchInput, (plain) => {
  if (!onlyKeys(plain, SEARCH_KEYS)) return undefined;
  // Trimmed first, as @Transform(trimmed) does before the rules are checked.
  const value = { ...plain };
  if (typeof value.postcode === 'string') value.postcode = value.postcode.trim();
  if (typeof value.text === 'string') value.text = value.text.trim();
  for (const [key, rule] of SEARCH_RULES) if (!rule(value[key])) return undefined;
  return instanceOf(ListingSearchInput, value);
});
