import { INestApplication } from '@nestjs/common';
import { DomainEvent, DomainEvents } from '@small-places/platform';

/**
 * Every DomainEvent the app publishes from now on, in order, into a live array (tests may empty it).
 * Subscribers are plugged in by decorator at start-up; a test watches the publisher instead.
 */
export function recordDomainEvents(app: INestApplication): DomainEvent[] {
  const events = app.get(DomainEvents);
  const recorded: DomainEvent[] = [];
  const publish = events.publish.bind(events);
  events.publish = (tx, event) => {
    recorded.push(event);
    return publish(tx, event);
  };
  return recorded;
}
