import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../auth/request-context';
import { Role } from '../auth/role';
import { Database } from '../database/database';
import { HeldWrites } from '../database/held-writes';
import { paginate } from '../database/paginate';
import { badInput, forbidden } from '../errors/app-error';
import { Connection, PageArgs } from '../graphql/pagination';
import { isUuid } from '../validation/uuid';
import { AuditDetail, AuditEvent } from './audit-event.entity';

const HELD_AUDIT = new HeldWrites<Partial<AuditEvent>>('gatheredAudit');

export const AUDIT_ACTION = /^[A-Z][A-Z_]*$/;
export const AUDIT_RECORD_TYPE = /^[A-Z][A-Za-z]*$/;

export interface AuditEntry {
  /** What happened, e.g. STATEMENT_READ, EXPENSE_RECORDED, ACCOUNT_CLOSED. */
  action: string;
  /** The kind of record, named as in PRODUCT.md: PersonalBudget, CoachingSession, Booking, User… */
  recordType: string;
  recordId: string;
  /** The person the record is about, where there is one. */
  subjectUserId?: string | null;
  detail?: AuditDetail;
}

/**
 * The append-only trail of PRODUCT.md §3.9. Services call `record` with the transaction of the change (or of
 * the read) so that an event is written exactly when what it records happens; the database refuses to change
 * or delete a written event.
 */
@Injectable()
export class AuditService {
  constructor(private readonly db: Database) {}

  async record(tx: EntityManager, ctx: RequestContext, entries: AuditEntry | AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    for (const entry of list) {
      if (!AUDIT_ACTION.test(entry.action) || !AUDIT_RECORD_TYPE.test(entry.recordType)) {
        throw new Error(`audit: malformed action or record type ${entry.action}/${entry.recordType}`);
      }
    }
    const rows = list.map((entry): Partial<AuditEvent> => ({
      occurredAt: ctx.now,
      actorId: ctx.user?.id ?? null,
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId,
      subjectUserId: entry.subjectUserId ?? null,
      requestId: ctx.requestId,
      detail: entry.detail ?? {},
    }));
    const held = HELD_AUDIT.holding(tx);
    if (held) held.push(...rows);
    else await tx.getRepository(AuditEvent).insert(rows);
  }

  /**
   * Runs `work` holding back the audit lines it records, then writes them in one statement when it has
   * finished (an imported row's); if `work` fails they are dropped with it. Only for work that does not read
   * the trail back.
   */
  gathered<T>(tx: EntityManager, work: () => Promise<T>): Promise<T> {
    return HELD_AUDIT.gather(tx, work, (rows) => tx.getRepository(AuditEvent).insert(rows));
  }

  /** Admins only: a record's trail, oldest first. */
  async trail(
    ctx: RequestContext,
    recordType: string,
    recordId: string,
    page: PageArgs,
  ): Promise<Connection<AuditEvent>> {
    if (!ctx.signedIn.roles.includes(Role.ADMIN)) throw forbidden('Only an Admin can read the audit trail.');
    if (!AUDIT_RECORD_TYPE.test(recordType)) {
      throw badInput('Name the record type as the schema does, e.g. PersonalBudget.', {
        recordType: ['is not a record type'],
      });
    }
    if (!isUuid(recordId)) throw badInput('That is not a record id.', { recordId: ['is not an id'] });
    const query = this.db.manager
      .getRepository(AuditEvent)
      .createQueryBuilder('event')
      .where('event.recordType = :recordType AND event.recordId = :recordId', { recordType, recordId });
    return paginate(query, page, [{ expression: 'event.seq', value: (row) => row.seq }]);
  }

  /** Every event about a person (their own export). */
  aboutSubject(tx: EntityManager, userId: string): Promise<AuditEvent[]> {
    return tx.getRepository(AuditEvent).find({ where: { subjectUserId: userId }, order: { seq: 'ASC' } });
  }
}
