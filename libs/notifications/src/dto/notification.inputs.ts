import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Ids, IsLocalDate, LocalDateScalar, WithinYearsOfToday } from '@small-places/platform';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, Min } from 'class-validator';
import { NotificationKind } from '../notification-kind';

@ArgsType()
export class NotificationsArgs {
  @Field({ nullable: true }) @IsOptional() @IsBoolean() unreadOnly?: boolean;
  @Field(() => Int, { nullable: true, description: 'How many to return: default 20, at most 100.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  first?: number;
  @Field({ nullable: true }) @IsOptional() after?: string;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], {
    nullable: true,
    description: 'Which of your notifications; all of them when left out.',
  })
  @IsOptional()
  @ArrayMaxSize(500)
  @Ids()
  ids?: string[];
}

@ArgsType()
export class MuteNotificationKindArgs {
  @Field(() => NotificationKind) @IsEnum(NotificationKind) kind: NotificationKind;
  @Field() @IsBoolean() muted: boolean;
}

@ArgsType()
export class RunReminderScanArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: today in Europe/London.' })
  @IsOptional()
  @IsLocalDate()
  @WithinYearsOfToday({ yearsBefore: 10, yearsAfter: 10 })
  asOf?: string;
}
