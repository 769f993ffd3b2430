import { EntityManager } from 'typeorm';
import { RequestContext } from '../auth/request-context';
import { Database } from '../database/database';
import { AuditService } from './audit.service';

/** A transaction that only records the inserts it is asked for. */
function recordingTx(): { tx: EntityManager; inserts: string[][] } {
  const inserts: string[][] = [];
  const tx = {
    getRepository: () => ({
      insert: async (rows: { recordId: string }[]) => {
        inserts.push(rows.map((row) => row.recordId));
      },
    }),
  } as unknown as EntityManager;
  return { tx, inserts };
}

const ctx = RequestContext.system(new Date('2026-12-07T10:00:00Z'));
const line = (recordId: string) => ({ action: 'THING_DONE', recordType: 'Thing', recordId });

describe('AuditService.gathered', () => {
  const audit = new AuditService({} as Database);

  it('writes the lines of a unit of work in one statement when it has finished', async () => {
    const { tx, inserts } = recordingTx();
    await audit.gathered(tx, async () => {
      await audit.record(tx, ctx, line('a'));
      await audit.record(tx, ctx, [line('b'), line('c')]);
      expect(inserts).toEqual([]);
    });
    expect(inserts).toEqual([['a', 'b', 'c']]);
  });

  it('drops the lines of work that failed; nested work hands its lines to the outer unit', async () => {
    const { tx, inserts } = recordingTx();
    await audit.gathered(tx, async () => {
      await audit.gathered(tx, () => audit.record(tx, ctx, line('row 1')));
      await audit
        .gathered(tx, async () => {
          await audit.record(tx, ctx, line('row 2'));
          throw new Error('refused');
        })
        .catch(() => undefined);
      expect(inserts).toEqual([]);
    });
    await audit.record(tx, ctx, line('after'));
    expect(inserts).toEqual([['row 1'], ['after']]);
  });
});
