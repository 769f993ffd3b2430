import { NotificationPersonalData } from './notification-personal-data';
import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarSources } from './calendar/calendar-sources';
import { CalendarService } from './calendar/calendar.service';
import { NotificationResolver } from './notification.resolver';
import { NotificationsCoreModule } from './notifications-core.module';
import { QUEUE_DASHBOARD_PATH, QueueDashboard } from './queue-dashboard';

/** The API's side: GraphQL operations, the calendar feed and the Admin queue dashboard. */
@Module({
  imports: [NotificationsCoreModule],
  controllers: [CalendarController],
  providers: [
    NotificationResolver,
    CalendarService,
    CalendarSources,
    QueueDashboard,
    NotificationPersonalData,
  ],
  exports: [NotificationsCoreModule],
})
export class NotificationsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(QueueDashboard)
      .forRoutes(
        { path: QUEUE_DASHBOARD_PATH, method: RequestMethod.ALL },
        { path: `${QUEUE_DASHBOARD_PATH}/*path`, method: RequestMethod.ALL },
      );
  }
}
