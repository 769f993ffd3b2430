import { EntityManager } from 'typeorm';
import { PlugIns } from '../plug-ins/plug-ins';
import {
  DomainEvent,
  DomainEventClass,
  DomainEvents,
  DomainEventSubscriber,
  WordedDomainEvent,
} from './domain-events';

class Happened extends WordedDomainEvent {
  readonly kind = 'HAPPENED';
}

const at = new Date('2026-12-07T10:00:00Z');
const happened = (summary: string) =>
  new Happened({ enterpriseId: 'e1', occurredAt: at, actorId: null, refId: null }, summary);

/** Records what it was handed, one call at a time (`on`) or many at once (`onAll`). */
class Recorder implements DomainEventSubscriber {
  readonly calls: string[][] = [];
  async on(_tx: EntityManager, event: DomainEvent) {
    this.calls.push([event.summary]);
  }
}
class BatchRecorder extends Recorder {
  async onAll(_tx: EntityManager, events: DomainEvent[]) {
    this.calls.push(events.map((event) => event.summary));
  }
}

function eventsWith(...subscribers: DomainEventSubscriber[]): DomainEvents {
  const plugIns = {
    find: () => subscribers.map((instance) => ({ instance, options: [] as DomainEventClass[] })),
  } as unknown as PlugIns;
  return new DomainEvents(plugIns);
}

describe('DomainEvents', () => {
  const tx = () => ({}) as EntityManager;

  it('hands events published together to onAll at once, and one by one to a subscriber without it', async () => {
    const batch = new BatchRecorder();
    const single = new Recorder();
    await eventsWith(batch, single).publishAll(tx(), [happened('a'), happened('b')]);
    expect(batch.calls).toEqual([['a', 'b']]);
    expect(single.calls).toEqual([['a'], ['b']]);
  });

  it('holds back what gathered work publishes until it has finished, in order', async () => {
    const batch = new BatchRecorder();
    const events = eventsWith(batch);
    const manager = tx();
    await events.gathered(manager, async () => {
      await events.publish(manager, happened('a'));
      await events.publish(manager, happened('b'));
      expect(batch.calls).toEqual([]);
    });
    expect(batch.calls).toEqual([['a', 'b']]);
  });

  it('drops what failed work published, and publishes directly again afterwards', async () => {
    const batch = new BatchRecorder();
    const events = eventsWith(batch);
    const manager = tx();
    await expect(
      events.gathered(manager, async () => {
        await events.publish(manager, happened('undone'));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await events.publish(manager, happened('after'));
    expect(batch.calls).toEqual([['after']]);
  });

  it('passes what nested work gathered on to the outer gathering, unless the nested work failed', async () => {
    const batch = new BatchRecorder();
    const events = eventsWith(batch);
    const manager = tx();
    await events.gathered(manager, async () => {
      await events.gathered(manager, () => events.publish(manager, happened('row 1')));
      await events
        .gathered(manager, async () => {
          await events.publish(manager, happened('row 2'));
          throw new Error('row 2 refused');
        })
        .catch(() => undefined);
      await events.gathered(manager, () => events.publish(manager, happened('row 3')));
      expect(batch.calls).toEqual([]);
    });
    expect(batch.calls).toEqual([['row 1', 'row 3']]);
  });
});
