import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Ids, OptionalText, Role } from '@small-places/platform';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';

export const PASSWORD_MIN_LENGTH = 10;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const EmailField = () =>
  applyDecorators(
    Field(),
    Transform(trim),
    IsEmail({}, { message: 'Enter an email address like name@example.com' }),
    MaxLength(254),
  );

const NewPasswordField = () =>
  applyDecorators(
    Field(),
    IsString(),
    MinLength(PASSWORD_MIN_LENGTH, {
      message: `Use a password of at least ${PASSWORD_MIN_LENGTH} characters`,
    }),
    MaxLength(200),
  );

const DisplayNameField = () =>
  applyDecorators(
    Field(),
    Transform(trim),
    IsString(),
    MinLength(1, { message: 'Enter your name' }),
    MaxLength(100),
  );

@InputType()
export class SignUpInput {
  @EmailField() email: string;

  @NewPasswordField() password: string;

  @DisplayNameField() displayName: string;

  @Field(() => Role, { description: 'PROVIDER or BUDGET_HOLDER; other roles are invited.' })
  @IsEnum(Role)
  role: Role;

  @Field({ nullable: true, description: "A provider's postcode, used to find the Area that covers them." })
  @OptionalText(10)
  postcode?: string;

  @Field({ nullable: true, description: "A provider's enterprise name." })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  enterpriseName?: string;
}

@InputType()
export class SignInInput {
  @Field() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(254) email: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) password: string;
}

@InputType()
export class InviteUserInput {
  @EmailField() email: string;

  @Field(() => Role, { description: 'CATALYST (with areaIds) or ADMIN.' })
  @IsEnum(Role)
  role: Role;

  @Field(() => [ID], { nullable: true, description: 'The Areas a Catalyst will work in.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Ids()
  areaIds?: string[];
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @MinLength(10) @MaxLength(200) token: string;

  @NewPasswordField() password: string;

  @DisplayNameField() displayName: string;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @EmailField() email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token= value of the link in the reset email.' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  token: string;

  @NewPasswordField() password: string;
}
