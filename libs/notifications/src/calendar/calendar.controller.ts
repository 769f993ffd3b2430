import { Controller, Get, Header, Param } from '@nestjs/common';
import { Allow, notFound, Permission } from '@small-places/platform';
import { CalendarService } from './calendar.service';

/** `GET /calendar/<token>.ics`: the token is the only credential, so calendar apps can subscribe. */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  @Get(':file')
  @Allow(Permission.Public)
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  feed(@Param('file') file: string): Promise<string> {
    const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(file);
    if (!match) throw notFound('That calendar');
    return this.calendars.feed(match[1]);
  }
}
