import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import type { BookingPlaceKind } from '../generated/graphql';
import { londonToday } from '../platform/dates';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { errorsFromProblem, fieldErrors, NO_ERRORS } from '../platform/form-errors';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { checksMadeWords } from '../public/checks-made';
import { LISTING_CHECKS_MADE } from '../public/enterprise-page.operations';
import { CATEGORIES, PRICE_UNITS } from '../public/find-support';
import { TIME_EXAMPLE } from '../platform/times';
import {
  availabilityInWords,
  availabilityProblem,
  BOOKING_STATUS,
  bookingWhen,
  contactInWords,
  costInWords,
  costOf,
  dateFromParts,
  freeTimeChoices,
  londonInstant,
  longDate,
  timeFrom,
} from './holder-forms';
import {
  BOOKING,
  CANCEL_BOOKING,
  LISTING,
  LISTING_FREE_TIMES,
  ListingPage,
  MY_BOOKINGS,
  MY_BUDGETS,
  REQUEST_BOOKING,
  REQUEST_BOOKING_SERIES,
  SEND_MESSAGE,
} from './holder.operations';

const HOLDERS = ['BUDGET_HOLDER', 'DELEGATE'] as const;
const PAY_MYSELF = 'self';
const MAX_WEEKS = 52;
/** How far ahead the when-page lists free times to pick from. */
const FREE_TIME_WEEKS = 4;
const PLACE_KINDS = ['HOLDER_HOME', 'ELSEWHERE'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,40}$/;

/** What the holder has answered so far while requesting a booking, kept in the session. */
type BookingDraft = Record<string, string>;

/** A listing's public page, requesting a booking one question at a time, and the holder's bookings. */
@Controller()
export class BookingController {
  constructor(private readonly api: ApiClient) {}

  @Get('listings/:id')
  @Render('holder/views/listing.njk')
  async listing(@Req() req: Request, @Param('id') id: string, @Query() query: Record<string, unknown>) {
    const { listing } = await this.api.query(req, LISTING, { id });
    // Only a verified listing's enterprise is sure to be public (an unverified, still published one's may not be).
    const checks = listing.verified
      ? (await this.api.query(req, LISTING_CHECKS_MADE, { enterpriseId: listing.enterprise.id }))
          .publicEnterprise.checksMade
      : [];
    const miles = Number(query.miles);
    const from = typeof query.from === 'string' ? query.from.trim().toUpperCase().slice(0, 10) : '';
    return {
      listing: describeListing(listing),
      checksMade: checksMadeWords(checks),
      distance: Number.isFinite(miles) && miles >= 0 && from ? { miles, from } : undefined,
      canBook: req.webSession?.hasRole(...HOLDERS) ?? false,
      signedIn: Boolean(req.webSession?.user),
      signInUrl: `/sign-in?returnTo=${encodeURIComponent(req.originalUrl)}`,
    };
  }

  @Get('listings/:id/book/when')
  @SignedIn(...HOLDERS)
  @Render('holder/views/book-when.njk')
  async whenPage(@Req() req: Request, @Param('id') id: string, @Query() query: Record<string, unknown>) {
    const [{ listing }, { listingFreeTimes }] = await Promise.all([
      this.api.query(req, LISTING, { id }),
      this.api.query(req, LISTING_FREE_TIMES, { listingId: id, weeks: FREE_TIME_WEEKS }),
    ]);
    const page = step(req, 'book-when', { ...readDraft(req, id), ...chosenFreeTime(query) });
    return {
      ...page,
      listing: describeListing(listing),
      freeTimes: freeTimeChoices(id, listingFreeTimes),
      freeTimeWeeks: FREE_TIME_WEEKS,
      change: query.change === 'yes',
    };
  }

  @Post('listings/:id/book/when')
  @SignedIn(...HOLDERS)
  @Redirect()
  async when(@Req() req: Request, @Param('id') id: string, @Body() body: unknown): Promise<RedirectTo> {
    const back = `/listings/${id}/book/when${changing(body) ? '?change=yes' : ''}`;
    const date = dateFromParts(body, 'date');
    const start = timeFrom(textField(body, 'start'));
    const end = timeFrom(textField(body, 'end'));
    const problems: Record<string, string> = {};
    if (!date) problems['date-day'] = 'Enter the date as numbers, like 27 3 2027';
    else if (date < londonToday()) problems['date-day'] = 'Choose a date from today on';
    if (!start) problems.start = `Enter the start time ${TIME_EXAMPLE}`;
    if (!end) problems.end = `Enter the end time ${TIME_EXAMPLE}`;
    else if (start && end <= start) problems.end = 'The end time must be after the start time';
    if (Object.keys(problems).length === 0 && date && start && end) {
      const { listing } = await this.api.query(req, LISTING, { id });
      const problem = availabilityProblem(listing.availability, date, start, end);
      if (problem) problems['date-day'] = problem;
    }
    if (Object.keys(problems).length > 0)
      return rejectForm(req, 'book-when', body, fieldErrors(problems), back);
    writeDraft(req, id, { date: date!, start: start!, end: end! });
    return redirectTo(changing(body) ? `/listings/${id}/book/check` : `/listings/${id}/book/how-often`);
  }

  @Get('listings/:id/book/how-often')
  @SignedIn(...HOLDERS)
  @Render('holder/views/book-how-often.njk')
  async howOftenPage(@Req() req: Request, @Param('id') id: string, @Query('change') change?: string) {
    const { listing } = await this.api.query(req, LISTING, { id });
    return { ...step(req, 'book-how-often', readDraft(req, id)), listing, change: change === 'yes' };
  }

  @Post('listings/:id/book/how-often')
  @SignedIn(...HOLDERS)
  @Redirect()
  howOften(@Req() req: Request, @Param('id') id: string, @Body() body: unknown): RedirectTo {
    const back = `/listings/${id}/book/how-often${changing(body) ? '?change=yes' : ''}`;
    const repeat = textField(body, 'repeat');
    const weeksText = textField(body, 'weeks');
    const weeks = Number(weeksText);
    if (repeat !== 'once' && repeat !== 'weekly') {
      return rejectForm(
        req,
        'book-how-often',
        body,
        fieldErrors({ repeat: 'Choose once or every week' }),
        back,
      );
    }
    if (repeat === 'weekly' && (!/^\d+$/.test(weeksText) || weeks < 2 || weeks > MAX_WEEKS)) {
      const errors = fieldErrors({ weeks: `Enter how many weeks, from 2 to ${MAX_WEEKS}` });
      return rejectForm(req, 'book-how-often', body, errors, back);
    }
    writeDraft(req, id, { repeat, weeks: repeat === 'weekly' ? String(weeks) : '' });
    return redirectTo(changing(body) ? `/listings/${id}/book/check` : `/listings/${id}/book/pay`);
  }

  @Get('listings/:id/book/pay')
  @SignedIn(...HOLDERS)
  @Render('holder/views/book-pay.njk')
  async payPage(@Req() req: Request, @Param('id') id: string, @Query('change') change?: string) {
    const [{ listing }, { myBudgets }] = await Promise.all([
      this.api.query(req, LISTING, { id }),
      this.api.query(req, MY_BUDGETS),
    ]);
    return {
      ...step(req, 'book-pay', readDraft(req, id)),
      listing,
      budgets: myBudgets,
      change: change === 'yes',
    };
  }

  @Post('listings/:id/book/pay')
  @SignedIn(...HOLDERS)
  @Redirect()
  async pay(@Req() req: Request, @Param('id') id: string, @Body() body: unknown): Promise<RedirectTo> {
    const back = `/listings/${id}/book/pay${changing(body) ? '?change=yes' : ''}`;
    const payFrom = textField(body, 'payFrom');
    const { myBudgets } = await this.api.query(req, MY_BUDGETS);
    if (payFrom !== PAY_MYSELF && !myBudgets.some((budget) => budget.id === payFrom)) {
      return rejectForm(req, 'book-pay', body, fieldErrors({ payFrom: 'Choose how you will pay' }), back);
    }
    writeDraft(req, id, { payFrom });
    return redirectTo(changing(body) ? `/listings/${id}/book/check` : `/listings/${id}/book/where`);
  }

  @Get('listings/:id/book/where')
  @SignedIn(...HOLDERS)
  @Render('holder/views/book-where.njk')
  async wherePage(@Req() req: Request, @Param('id') id: string, @Query('change') change?: string) {
    const { listing } = await this.api.query(req, LISTING, { id });
    return { ...step(req, 'book-where', readDraft(req, id)), listing, change: change === 'yes' };
  }

  @Post('listings/:id/book/where')
  @SignedIn(...HOLDERS)
  @Redirect()
  where(@Req() req: Request, @Param('id') id: string, @Body() body: unknown): RedirectTo {
    const back = `/listings/${id}/book/where${changing(body) ? '?change=yes' : ''}`;
    const placeKind = textField(body, 'placeKind');
    const placeAddress = textField(body, 'placeAddress');
    const contactPhone = textField(body, 'contactPhone');
    const contactEmail = textField(body, 'contactEmail');
    const problems: Record<string, string> = {};
    if (!(PLACE_KINDS as readonly string[]).includes(placeKind))
      problems.placeKind = 'Choose where the support will happen';
    if (!placeAddress) problems.placeAddress = 'Enter the address, so the provider knows where to go';
    else if (placeAddress.length > 500) problems.placeAddress = 'Keep the address to 500 characters or fewer';
    if (contactPhone && !PHONE.test(contactPhone))
      problems.contactPhone = 'Enter a phone number, like 01632 960 001';
    if (contactEmail && !EMAIL.test(contactEmail))
      problems.contactEmail = 'Enter an email address like name@example.com';
    if (Object.keys(problems).length > 0)
      return rejectForm(req, 'book-where', body, fieldErrors(problems), back);
    writeDraft(req, id, { placeKind, placeAddress, contactPhone, contactEmail });
    return redirectTo(changing(body) ? `/listings/${id}/book/check` : `/listings/${id}/book/note`);
  }

  @Get('listings/:id/book/note')
  @SignedIn(...HOLDERS)
  @Render('holder/views/book-note.njk')
  async notePage(@Req() req: Request, @Param('id') id: string) {
    const { listing } = await this.api.query(req, LISTING, { id });
    return { ...step(req, 'book-note', readDraft(req, id)), listing };
  }

  @Post('listings/:id/book/note')
  @SignedIn(...HOLDERS)
  @Redirect()
  note(@Req() req: Request, @Param('id') id: string, @Body() body: unknown): RedirectTo {
    const note = textField(body, 'note');
    if (note.length > 2000) {
      const errors = fieldErrors({ note: 'Keep the note to 2000 characters or fewer' });
      return rejectForm(req, 'book-note', body, errors, `/listings/${id}/book/note`);
    }
    writeDraft(req, id, { note });
    return redirectTo(`/listings/${id}/book/check`);
  }

  @Get('listings/:id/book/check')
  @SignedIn(...HOLDERS)
  @Render('holder/views/book-check.njk')
  async checkPage(@Req() req: Request, @Param('id') id: string) {
    const draft = readDraft(req, id);
    const [{ listing }, { myBudgets }] = await Promise.all([
      this.api.query(req, LISTING, { id }),
      this.api.query(req, MY_BUDGETS),
    ]);
    const budget = myBudgets.find((candidate) => candidate.id === draft.payFrom);
    const weeks = draft.repeat === 'weekly' ? Number(draft.weeks) : 1;
    return {
      ...formState(req, 'book-check'),
      listing: describeListing(listing),
      complete: isComplete(draft),
      answers: {
        cost: draft.date
          ? costInWords(
              costOf(listing.pricePence, listing.priceUnit, draft.date, draft.start, draft.end, weeks),
            )
          : '',
        when: draft.date ? `${longDate(draft.date)}, ${draft.start} to ${draft.end}` : '',
        howOften: draft.repeat === 'weekly' ? `Every week, for ${draft.weeks} weeks` : 'Once',
        pay: budget ? `From my budget: ${budget.label}` : 'I’ll pay myself',
        where: draft.placeAddress
          ? `${draft.placeKind === 'HOLDER_HOME' ? 'At home' : 'Somewhere else'}: ${draft.placeAddress}`
          : '',
        contact:
          [draft.contactPhone, draft.contactEmail].filter(Boolean).join(', ') ||
          'Messages on this website only',
        note: draft.note || 'No note',
      },
    };
  }

  @Post('listings/:id/book/check')
  @SignedIn(...HOLDERS)
  @Redirect()
  async send(@Req() req: Request, @Param('id') id: string, @Body() body: unknown): Promise<RedirectTo> {
    const draft = readDraft(req, id);
    if (!isComplete(draft)) return redirectTo(`/listings/${id}/book/when`);
    const { listing } = await this.api.query(req, LISTING, { id });
    const input = {
      listingId: id,
      startsAt: londonInstant(draft.date, draft.start),
      endsAt: londonInstant(draft.date, draft.end),
      ...(draft.payFrom !== PAY_MYSELF ? { budgetId: draft.payFrom } : {}),
      ...(draft.note ? { note: draft.note } : {}),
      ...(draft.placeAddress
        ? { placeKind: draft.placeKind as BookingPlaceKind, placeAddress: draft.placeAddress }
        : {}),
      ...(draft.contactPhone ? { contactPhone: draft.contactPhone } : {}),
      ...(draft.contactEmail ? { contactEmail: draft.contactEmail } : {}),
    };
    let firstBookingId: string;
    if (draft.repeat === 'weekly') {
      const result = await this.api.mutate(req, REQUEST_BOOKING_SERIES, {
        input: { ...input, weeks: Number(draft.weeks) },
      });
      if (!result.ok) return this.refused(req, id, body, result.problem);
      firstBookingId = result.data.requestBookingSeries.bookings[0].id;
    } else {
      const result = await this.api.mutate(req, REQUEST_BOOKING, { input });
      if (!result.ok) return this.refused(req, id, body, result.problem);
      firstBookingId = result.data.requestBooking.id;
    }
    req.webSession?.takeForm(draftName(id));
    req.webSession?.setFlash({
      title: 'Request sent',
      text: `${listing.enterprise.name} has 48 hours to answer. We will email you when they do.`,
    });
    return redirectTo(
      `/bookings/${firstBookingId}/request-sent${draft.repeat === 'weekly' ? `?weeks=${draft.weeks}` : ''}`,
    );
  }

  @Get('bookings/:id/request-sent')
  @SignedIn(...HOLDERS)
  @Render('holder/views/request-sent.njk')
  async requestSent(@Req() req: Request, @Param('id') id: string, @Query('weeks') weeks?: string) {
    const { booking } = await this.api.query(req, BOOKING, { id });
    return { booking: describeBooking(booking), weeks: Number(weeks) > 1 ? Number(weeks) : undefined };
  }

  @Get('bookings')
  @SignedIn(...HOLDERS)
  @Render('holder/views/bookings.njk')
  async bookings(@Req() req: Request, @Query('after') after?: string) {
    const { myBookings } = await this.api.query(req, MY_BOOKINGS, { first: 20, after });
    return {
      totalCount: myBookings.totalCount,
      bookings: myBookings.edges.map((edge) => describeBooking(edge.node)),
      nextPageUrl:
        myBookings.pageInfo.hasNextPage && myBookings.pageInfo.endCursor
          ? `/bookings?after=${encodeURIComponent(myBookings.pageInfo.endCursor)}`
          : undefined,
      isFirstPage: !after,
    };
  }

  @Get('bookings/:id')
  @SignedIn(...HOLDERS)
  @Render('holder/views/booking.njk')
  async booking(@Req() req: Request, @Param('id') id: string) {
    const { booking } = await this.api.query(req, BOOKING, { id });
    return {
      ...formState(req, 'booking-message'),
      booking: {
        ...describeBooking(booking),
        messages: booking.messages.map((message) => ({
          ...message,
          when: bookingWhen(message.createdAt, message.createdAt).replace(/ to .*$/, ''),
        })),
      },
      canCancel: booking.status === 'REQUESTED' || booking.status === 'ACCEPTED',
    };
  }

  @Get('bookings/:id/cancel')
  @SignedIn(...HOLDERS)
  @Render('holder/views/booking-cancel.njk')
  async cancelPage(@Req() req: Request, @Param('id') id: string) {
    const { booking } = await this.api.query(req, BOOKING, { id });
    return { ...formState(req, 'booking-cancel'), booking: describeBooking(booking) };
  }

  @Post('bookings/:id/cancel')
  @SignedIn(...HOLDERS)
  @Redirect()
  async cancel(@Req() req: Request, @Param('id') id: string, @Body() body: unknown): Promise<RedirectTo> {
    const back = `/bookings/${id}/cancel`;
    const reason = textField(body, 'reason');
    if (!reason) {
      return rejectForm(
        req,
        'booking-cancel',
        body,
        fieldErrors({ reason: 'Say why you are cancelling' }),
        back,
      );
    }
    const result = await this.api.mutate(req, CANCEL_BOOKING, { id, reason });
    if (!result.ok)
      return rejectForm(req, 'booking-cancel', body, errorsFromProblem(result.problem, 'reason'), back);
    req.webSession?.setFlash({
      title: 'Booking cancelled',
      text: 'We have told them. Any money set aside for it is back in your budget.',
    });
    return redirectTo(`/bookings/${id}`);
  }

  @Post('bookings/:id/messages')
  @SignedIn(...HOLDERS)
  @Redirect()
  async sendMessage(
    @Req() req: Request,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const back = `/bookings/${id}#message`;
    const message = textField(body, 'message');
    if (!message) {
      return rejectForm(req, 'booking-message', body, fieldErrors({ message: 'Write your message' }), back);
    }
    const result = await this.api.mutate(req, SEND_MESSAGE, { input: { bookingId: id, body: message } });
    if (!result.ok) {
      const errors = errorsFromProblem(result.problem, 'message', { fieldIds: { body: 'message' } });
      return rejectForm(req, 'booking-message', body, errors, back);
    }
    req.webSession?.setFlash({
      title: 'Message sent',
      text: 'They will see it with this booking and get an email. Their answer shows here.',
    });
    return redirectTo(`/bookings/${id}#messages`);
  }

  private refused(req: Request, id: string, body: unknown, problem: Parameters<typeof errorsFromProblem>[0]) {
    const errors = errorsFromProblem(problem, 'check-answers', {
      fieldIds: {
        startsAt: 'check-answers',
        endsAt: 'check-answers',
        budgetId: 'check-answers',
        weeks: 'check-answers',
        placeKind: 'check-answers',
        placeAddress: 'check-answers',
        contactPhone: 'check-answers',
        contactEmail: 'check-answers',
      },
    });
    return rejectForm(req, 'book-check', body, errors, `/listings/${id}/book/check`);
  }
}

function describeListing(listing: ListingPage['listing']) {
  return {
    ...listing,
    categoryName: CATEGORIES[listing.category] ?? listing.category,
    priceUnitName: PRICE_UNITS[listing.priceUnit] ?? listing.priceUnit.toLowerCase(),
    availabilityWords: availabilityInWords(listing.availability),
  };
}

function describeBooking<
  T extends {
    status: string;
    startsAt: string;
    endsAt: string;
    whereAndWho?: { contactPhone: string | null; contactEmail: string | null } | null;
  },
>(booking: T) {
  return {
    ...booking,
    holderContactWords: booking.whereAndWho
      ? contactInWords(booking.whereAndWho.contactPhone, booking.whereAndWho.contactEmail)
      : '',
    when: bookingWhen(booking.startsAt, booking.endsAt),
    statusWords: BOOKING_STATUS[booking.status] ?? { text: booking.status, hint: '', tag: 'govuk-tag--grey' },
  };
}

function draftName(listingId: string): string {
  return `booking-draft:${listingId}`;
}

/** The answers so far; takeForm removes them, so they are put straight back. */
function readDraft(req: Request, listingId: string): BookingDraft {
  const saved = req.webSession?.takeForm(draftName(listingId));
  if (saved) req.webSession?.saveForm(draftName(listingId), saved);
  return (saved?.values ?? {}) as BookingDraft;
}

function writeDraft(req: Request, listingId: string, answers: BookingDraft): void {
  const values = { ...readDraft(req, listingId), ...answers };
  req.webSession?.saveForm(draftName(listingId), { values, errors: NO_ERRORS });
}

function isComplete(draft: BookingDraft): boolean {
  return Boolean(
    draft.date &&
    draft.start &&
    draft.end &&
    draft.repeat &&
    draft.payFrom &&
    draft.placeKind &&
    draft.placeAddress,
  );
}

/** A free time picked from the list: its link carries the date and times to fill the typed form with. */
function chosenFreeTime(query: Record<string, unknown>): BookingDraft {
  const date = typeof query.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(query.date) ? query.date : '';
  const start = typeof query.start === 'string' ? timeFrom(query.start) : undefined;
  const end = typeof query.end === 'string' ? timeFrom(query.end) : undefined;
  return date && start && end ? { date, start, end } : {};
}

function changing(body: unknown): boolean {
  return textField(body, 'change') === 'yes';
}

/** A step's page: what a rejected post kept, or else the answers given before. */
function step(req: Request, formName: string, draft: BookingDraft) {
  const rejected = req.webSession?.takeForm(formName);
  if (rejected) return rejected;
  const values: Record<string, string> = { ...draft };
  if (draft.date) {
    const [year, month, day] = draft.date.split('-');
    Object.assign(values, {
      'date-day': String(Number(day)),
      'date-month': String(Number(month)),
      'date-year': year,
    });
  }
  return { values, errors: NO_ERRORS };
}
