import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength, MinLength } from 'class-validator';

@ObjectType('Area')
export class AreaType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => [String], { description: 'Outward codes the Area covers, e.g. TA1.' })
  postcodeDistricts: string[];
}

@InputType()
export class CreateAreaInput {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  name: string;

  @Field(() => [String], { description: 'Outward codes, e.g. ["TA1", "TA2"].' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(8, { each: true })
  postcodeDistricts: string[];
}
