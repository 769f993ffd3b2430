import { Injectable } from '@nestjs/common';
import {
  ClosingAccount,
  conflict,
  PersonalData,
  PersonalDataSection,
  personalStringsFrom,
  REMOVED_TEXT,
  scrubFreeText,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';

/**
 * Bookings in an export and at account closure (docs/privacy.md). A holder's bookings stay (the ledger and the
 * provider's records point at them) but lose their notes, reasons, place and contact details, and every
 * message on them, and every message the person wrote anywhere, is removed. Visit answers stay (an invoice
 * rests on them) without who answered and what they wrote.
 */
@Injectable()
@PersonalData()
export class BookingPersonalData implements PersonalDataSection {
  readonly name = 'bookings';

  async export(tx: EntityManager, userId: string): Promise<unknown> {
    const bookings: Record<string, unknown>[] = await tx.query(
      `SELECT id, listing_id, enterprise_id, series_id, budget_id, starts_at, ends_at, status, cost_pence, note,
              answer_reason, place_kind, place_address, contact_phone, contact_email, created_at
         FROM bookings WHERE holder_id = $1 OR requested_by_id = $1 ORDER BY starts_at`,
      [userId],
    );
    const messages: Record<string, unknown>[] = await tx.query(
      `SELECT id, booking_id, author_id = $1 AS written_by_me, body, created_at FROM booking_messages
        WHERE booking_id = ANY($2::uuid[]) OR author_id = $1 ORDER BY created_at`,
      [userId, bookings.map((booking) => booking.id)],
    );
    const visitAnswers: Record<string, unknown>[] = await tx.query(
      `SELECT booking_id, state, answered_at, dispute_reason FROM visit_confirmations WHERE answered_by_id = $1
       ORDER BY answered_at`,
      [userId],
    );
    return { bookings, messages, visitAnswers };
  }

  async personalStrings(tx: EntityManager, userId: string): Promise<string[]> {
    return personalStringsFrom(
      tx,
      `SELECT note AS text FROM bookings WHERE holder_id = $1 OR requested_by_id = $1
       UNION SELECT place_address FROM bookings WHERE holder_id = $1 OR requested_by_id = $1
       UNION SELECT answer_reason FROM bookings WHERE cancelled_by_id = $1
       UNION SELECT body FROM booking_messages WHERE author_id = $1
       UNION SELECT dispute_reason FROM visit_confirmations WHERE answered_by_id = $1`,
      [userId],
    );
  }

  /** Money set aside for a booking still open would be left hanging: the person cancels those first. */
  async assertClosable(tx: EntityManager, userId: string): Promise<void> {
    const [{ open }] = await tx.query(
      `SELECT count(*)::int AS open FROM bookings
        WHERE (holder_id = $1 OR requested_by_id = $1) AND status IN ('REQUESTED', 'ACCEPTED')`,
      [userId],
    );
    if (open > 0) {
      throw conflict(
        `You have ${open} booking${open === 1 ? '' : 's'} still requested or accepted. Cancel ${open === 1 ? 'it' : 'them'} first, then close your account.`,
      );
    }
  }

  async erase(tx: EntityManager, account: ClosingAccount): Promise<void> {
    const mine: { id: string }[] = await tx.query(
      `UPDATE bookings SET note = NULL, answer_reason = NULL, requested_by_id = NULL, place_kind = NULL,
              place_address = NULL, contact_phone = NULL, contact_email = NULL
        WHERE holder_id = $1 OR requested_by_id = $1 RETURNING id`,
      [account.userId],
    );
    await tx.query(
      `UPDATE booking_messages SET body = $3 WHERE booking_id = ANY($2::uuid[]) OR author_id = $1`,
      [account.userId, mine.map((booking) => booking.id), REMOVED_TEXT],
    );
    await tx.query(`UPDATE bookings SET cancelled_by_id = NULL WHERE cancelled_by_id = $1`, [account.userId]);
    // Whether a visit happened stays (the invoice rests on it); what the person wrote and who answered go.
    await tx.query(
      `UPDATE visit_confirmations SET dispute_reason = CASE WHEN dispute_reason IS NULL THEN NULL ELSE $2 END,
              answered_by_id = NULL
        WHERE answered_by_id = $1`,
      [account.userId, REMOVED_TEXT],
    );
    await scrubFreeText(tx, 'bookings', ['note', 'answer_reason'], account.personalStrings);
    await scrubFreeText(tx, 'booking_messages', ['body'], account.personalStrings);
  }
}
