import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, londonDate, Permission, RequestContext } from '@small-places/platform';
import { CalendarService } from './calendar/calendar.service';
import {
  MarkNotificationsReadArgs,
  MuteNotificationKindArgs,
  NotificationsArgs,
  RunReminderScanArgs,
} from './dto/notification.inputs';
import { NotificationConnection, NotificationPreference } from './dto/notification.types';
import { NotificationService } from './notification.service';
import { ReminderScanService } from './reminders/reminder-scan.service';

@Resolver()
export class NotificationResolver {
  constructor(
    private readonly notificationService: NotificationService,
    private readonly scans: ReminderScanService,
    private readonly calendars: CalendarService,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  @Allow(Permission.Authenticated)
  notifications(@Ctx() ctx: RequestContext, @Args() args: NotificationsArgs) {
    return this.notificationService.list(ctx, args.unreadOnly ?? false, args);
  }

  @Mutation(() => Int, {
    description: 'Marks your notifications read (all when no ids); returns how many changed.',
  })
  @Allow(Permission.Authenticated)
  markNotificationsRead(@Ctx() ctx: RequestContext, @Args() args: MarkNotificationsReadArgs) {
    return this.notificationService.markRead(ctx, args.ids);
  }

  @Query(() => [NotificationPreference], {
    description: 'The kinds that can reach you (by your roles), whether each is essential and whether muted.',
  })
  @Allow(Permission.Authenticated)
  notificationPreferences(@Ctx() ctx: RequestContext) {
    return this.notificationService.preferences(ctx);
  }

  @Mutation(() => [NotificationPreference], {
    description: 'Stops (or restarts) emails of a kind. Regulatory and safeguarding kinds cannot be muted.',
  })
  @Allow(Permission.Authenticated)
  muteNotificationKind(@Ctx() ctx: RequestContext, @Args() args: MuteNotificationKindArgs) {
    return this.notificationService.mute(ctx, args.kind, args.muted);
  }

  @Mutation(() => Int, {
    description:
      'Admin only: runs the daily reminder scan as if today were asOf; returns how many it enqueued.',
  })
  @Allow(Permission.Administer)
  async runReminderScan(@Ctx() ctx: RequestContext, @Args() args: RunReminderScanArgs) {
    return (await this.scans.scan(args.asOf ?? londonDate(ctx.now))).enqueued;
  }

  @Query(() => String, { description: 'Your private calendar feed (iCalendar) of deadlines and actions.' })
  @Allow(Permission.Authenticated)
  calendarFeedUrl(@Ctx() ctx: RequestContext) {
    return this.calendars.feedUrl(ctx);
  }

  @Mutation(() => String, { description: 'Revokes your calendar feed URL and returns a new one.' })
  @Allow(Permission.Authenticated)
  resetCalendarFeed(@Ctx() ctx: RequestContext) {
    return this.calendars.reset(ctx);
  }
}
