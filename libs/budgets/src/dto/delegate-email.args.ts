import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class DelegateEmailArgs {
  @Field(() => ID) @IsString() @MaxLength(64) budgetId: string;
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'Enter an email address like name@example.com' })
  @MaxLength(254)
  email: string;
}
