import { EntityManager } from 'typeorm';

type HoldingTx<T> = EntityManager & Record<symbol, T[] | undefined>;

/**
 * Writes of one kind (audit lines, domain events) held back on a transaction while a piece of work runs, then
 * written all together when it has finished: an imported row's several audit lines in one statement instead of
 * one each. Inside an outer gathering of the same kind they join the outer one; if the work fails they are
 * dropped with it. Only for work that does not read back what it would have written.
 */
export class HeldWrites<T> {
  private readonly key: symbol;

  constructor(kind: string) {
    this.key = Symbol(kind);
  }

  /** The list `tx` is gathering into, if a gathering is under way. */
  holding(tx: EntityManager): T[] | undefined {
    return (tx as HoldingTx<T>)[this.key];
  }

  async gather<R>(
    tx: EntityManager,
    work: () => Promise<R>,
    write: (held: T[]) => Promise<unknown>,
  ): Promise<R> {
    const holdingTx = tx as HoldingTx<T>;
    const outer = holdingTx[this.key];
    const held: T[] = [];
    holdingTx[this.key] = held;
    let result: R;
    try {
      result = await work();
    } finally {
      holdingTx[this.key] = outer;
    }
    if (outer) outer.push(...held);
    else if (held.length > 0) await write(held);
    return result;
  }
}
