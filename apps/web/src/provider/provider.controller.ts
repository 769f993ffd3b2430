import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient, tokensFrom } from '../platform/api-client';
import { ApiProblem, PageNotFound } from '../platform/api-errors';
import { errorsFromProblem, fieldErrors } from '../platform/form-errors';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { Role, WebSession } from '../platform/web-session';
import { CATEGORIES, DAYS, PRICE_UNITS } from '../public/find-support';
import {
  dateFromFields,
  groupByUrgency,
  londonClock,
  londonTime,
  londonToday,
  parseListingForm,
  WEEK_DAYS,
  withDateLinks,
} from './provider-pages';
import {
  ACCEPT_BOOKING,
  ACCEPT_INVITATION,
  ACCEPT_SERIES,
  AuthSessionAnswer,
  Booking,
  BOOKING,
  CALENDAR_FEED_URL,
  CHECKLIST,
  COMPLETE_BOOKING,
  CREATE_LISTING,
  DECLINE_BOOKING,
  DECLINE_SERIES,
  ENTERPRISE_LISTINGS,
  ENTERPRISE_NAME,
  EnterpriseChecklist,
  EnterpriseListings,
  LISTING,
  Listing,
  MY_ENTERPRISES,
  MyEnterprises,
  PROVIDER_BOOKINGS,
  PUBLISH_LISTING,
  RESET_CALENDAR_FEED,
  SEND_MESSAGE,
  UNPUBLISH_LISTING,
  UPDATE_CHECKLIST_ITEM,
  UPDATE_LISTING,
} from './provider.operations';

const BUSINESS = '/your-business';

const BOOKING_STATUS_WORDS: Record<Booking['status'], string> = {
  REQUESTED: 'Waiting for your answer',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  CANCELLED: 'Cancelled',
  COMPLETED: 'Delivered',
  EXPIRED: 'Expired: nobody answered in time',
};

const LISTING_STATUS_WORDS: Record<Listing['status'], string> = {
  DRAFT: 'Draft: not shown in search',
  PUBLISHED: 'Published: shown in search',
  HIDDEN: 'Hidden: not shown in search',
};

/**
 * The provider's pages: joining by invitation, what their enterprise needs to do, its listings, booking
 * requests with their messages, and the calendar feed. Every read and write goes through the API, which
 * checks that the person is a member of the enterprise.
 */
@Controller()
export class ProviderController {
  constructor(private readonly api: ApiClient) {}

  // ---------------------------------------------------------------- joining by invitation

  /** The invitation email's link opens this page; nothing happens until the form is sent. */
  @Get('accept-invitation')
  @Render('provider/views/accept-invitation.njk')
  acceptInvitationPage(@Req() req: Request, @Query('token') token?: string) {
    return { ...formState(req, 'accept-invitation'), token: typeof token === 'string' ? token : '' };
  }

  @Post('accept-invitation')
  @Redirect()
  async acceptInvitation(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const token = textField(body, 'token');
    const back = `/accept-invitation?token=${encodeURIComponent(token)}`;
    const displayName = textField(body, 'displayName');
    const password = textField(body, 'password');
    const missing: Record<string, string> = {};
    if (!displayName) missing.displayName = 'Enter your name';
    if (!password) missing.password = 'Choose a password';
    if (Object.keys(missing).length > 0)
      return rejectForm(req, 'accept-invitation', body, fieldErrors(missing), back);
    const result = await this.api.anonymous<AuthSessionAnswer>(req, ACCEPT_INVITATION, {
      input: { token, displayName, password },
    });
    if (!result.ok) {
      // A spent or expired link is about the link, not a field: its sentence says what to do next.
      const errors = errorsFromProblem(result.problem, 'token', {
        messages: { token: 'This invitation link is not valid or has expired. Ask for a new invitation.' },
      });
      return rejectForm(req, 'accept-invitation', body, errors, back);
    }
    const { user, ...tokens } = result.data.acceptInvitation;
    session(req).signIn(
      { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles as Role[] },
      tokensFrom(tokens),
    );
    session(req).setFlash({
      success: true,
      title: 'You have joined Small Places',
      text: 'You are signed in. Below is what you can do now.',
    });
    return redirectTo('/home');
  }

  // ---------------------------------------------------------------- your business and its checklist

  /** With one enterprise, straight to its page; with several (or none), choose first. */
  @Get('your-business')
  @SignedIn('PROVIDER')
  @Redirect()
  async yourBusiness(@Req() req: Request, @Query('next') next?: string): Promise<RedirectTo> {
    const page = next === 'listings' ? 'listings' : 'to-do';
    const enterprises = await this.myEnterprises(req);
    if (enterprises.length === 1) return redirectTo(`${BUSINESS}/${enterprises[0].id}/${page}`);
    return redirectTo(`${BUSINESS}/choose?next=${page}`);
  }

  @Get('your-business/choose')
  @SignedIn('PROVIDER')
  @Render('provider/views/choose-business.njk')
  async chooseBusiness(@Req() req: Request, @Query('next') next?: string) {
    const page = next === 'listings' ? 'listings' : 'to-do';
    const enterprises = await this.myEnterprises(req);
    return { enterprises, page, heading: page === 'listings' ? 'Your listings' : 'What you need to do' };
  }

  @Get('your-business/:enterpriseId/to-do')
  @SignedIn('PROVIDER')
  @Render('provider/views/to-do.njk')
  async toDo(@Req() req: Request, @Param('enterpriseId') enterpriseId: string) {
    const { enterprise } = await this.api.query<EnterpriseChecklist>(req, CHECKLIST, { id: enterpriseId });
    const groups = groupByUrgency(enterprise.checklist.items, londonToday());
    const mandatoryOpen = enterprise.checklist.items.filter(
      (item) => item.requirement.mandatory && item.status !== 'DONE' && item.status !== 'WAIVED',
    ).length;
    return {
      enterprise,
      groups,
      mandatoryOpen,
      complianceWords: complianceWords(enterprise.checklist.status),
    };
  }

  @Get('your-business/:enterpriseId/to-do/:itemId')
  @SignedIn('PROVIDER')
  @Render('provider/views/record-item.njk')
  async recordItemPage(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('itemId') itemId: string,
  ) {
    const { enterprise } = await this.api.query<EnterpriseChecklist>(req, CHECKLIST, { id: enterpriseId });
    const item = enterprise.checklist.items.find((candidate) => candidate.id === itemId);
    if (!item) throw new PageNotFound();
    return { ...formState(req, `item-${itemId}`), enterprise, item };
  }

  @Post('your-business/:enterpriseId/to-do/:itemId')
  @SignedIn('PROVIDER')
  @Redirect()
  async recordItem(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('itemId') itemId: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const formName = `item-${itemId}`;
    const back = `${BUSINESS}/${encodeURIComponent(enterpriseId)}/to-do/${encodeURIComponent(itemId)}`;
    const status = textField(body, 'status');
    const dateField = status === 'IN_PROGRESS' ? 'startedOn' : 'completedOn';
    const date = dateFromFields(body, dateField);
    const expires = dateFromFields(body, 'expiresOn');
    const problems: Record<string, string> = {};
    if (status !== 'DONE' && status !== 'IN_PROGRESS')
      problems.status = 'Choose whether it is done or started';
    if (date.kind === 'invalid') problems[dateField] = 'Enter a real date, like 27 3 2026';
    if (status === 'DONE' && expires.kind === 'invalid')
      problems.expiresOn = 'Enter a real date, like 27 3 2027';
    if (Object.keys(problems).length > 0)
      return rejectForm(req, formName, body, withDateLinks(fieldErrors(problems), DATE_IDS), back);
    const reference = textField(body, 'reference');
    const note = textField(body, 'note');
    const input = {
      itemId,
      status,
      ...(date.kind === 'date' ? { [dateField]: date.value } : {}),
      ...(status === 'DONE' && expires.kind === 'date' ? { expiresOn: expires.value } : {}),
      ...(reference ? { reference } : {}),
      ...(note ? { note } : {}),
    };
    const result = await this.api.mutate(req, UPDATE_CHECKLIST_ITEM, { input });
    if (!result.ok) {
      const errors = errorsFromProblem(result.problem, 'status', { fieldIds: { itemId: 'status' } });
      return rejectForm(req, formName, body, withDateLinks(errors, DATE_IDS), back);
    }
    session(req).setFlash({
      success: true,
      title: status === 'DONE' ? 'Recorded as done' : 'Recorded as started',
      text:
        status === 'DONE'
          ? 'Your Catalyst can see it. We will remind you before it runs out.'
          : 'We will remind you to record it as done when you hear back.',
    });
    return redirectTo(`${BUSINESS}/${encodeURIComponent(enterpriseId)}/to-do`);
  }

  // ---------------------------------------------------------------- listings

  @Get('your-business/:enterpriseId/listings')
  @SignedIn('PROVIDER')
  @Render('provider/views/listings.njk')
  async listings(@Req() req: Request, @Param('enterpriseId') enterpriseId: string) {
    const data = await this.api.query<EnterpriseListings>(req, ENTERPRISE_LISTINGS, {
      enterpriseId,
      first: 100,
    });
    return {
      enterprise: data.enterprise,
      listings: data.enterpriseListings.edges.map((edge) => describeListing(edge.node)),
    };
  }

  @Get('your-business/:enterpriseId/listings/new')
  @SignedIn('PROVIDER')
  @Render('provider/views/listing-form.njk')
  async newListingPage(@Req() req: Request, @Param('enterpriseId') enterpriseId: string) {
    const { enterprise } = await this.api.query<{ enterprise: { id: string; name: string } }>(
      req,
      ENTERPRISE_NAME,
      { id: enterpriseId },
    );
    const state = formState(req, `new-listing-${enterpriseId}`);
    return {
      ...state,
      ...listingFormOptions(),
      enterprise,
      editing: false,
      action: `${BUSINESS}/${enterprise.id}/listings/new`,
    };
  }

  @Post('your-business/:enterpriseId/listings/new')
  @SignedIn('PROVIDER')
  @Redirect()
  async createListing(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const formName = `new-listing-${enterpriseId}`;
    const back = `${BUSINESS}/${encodeURIComponent(enterpriseId)}/listings/new`;
    const parsed = parseListingForm(body, { postcodeRequired: true });
    if (parsed.kind === 'invalid') return rejectForm(req, formName, body, parsed.errors, back);
    const result = await this.api.mutate<{ createListing: { id: string } }>(req, CREATE_LISTING, {
      input: { enterpriseId, ...parsed.input },
    });
    if (!result.ok) return rejectForm(req, formName, body, listingErrors(result.problem), back);
    session(req).setFlash({
      success: true,
      title: 'Listing saved as a draft',
      text: 'Nobody can see it yet. Check it, then publish it to show it in search.',
    });
    return redirectTo(
      `${BUSINESS}/${encodeURIComponent(enterpriseId)}/listings/${result.data.createListing.id}`,
    );
  }

  @Get('your-business/:enterpriseId/listings/:listingId')
  @SignedIn('PROVIDER')
  @Render('provider/views/listing.njk')
  async listing(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('listingId') listingId: string,
  ) {
    const listing = await this.ownListing(req, enterpriseId, listingId);
    return { ...formState(req, `publish-${listingId}`), listing: describeListing(listing), enterpriseId };
  }

  @Get('your-business/:enterpriseId/listings/:listingId/edit')
  @SignedIn('PROVIDER')
  @Render('provider/views/listing-form.njk')
  async editListingPage(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('listingId') listingId: string,
  ) {
    const listing = await this.ownListing(req, enterpriseId, listingId);
    const state = formState(req, `edit-listing-${listingId}`);
    const values = Object.keys(state.values).length > 0 ? state.values : listingValues(listing);
    return {
      ...state,
      values,
      ...listingFormOptions(),
      enterprise: listing.enterprise,
      listing,
      editing: true,
      action: `${BUSINESS}/${encodeURIComponent(enterpriseId)}/listings/${listing.id}/edit`,
    };
  }

  @Post('your-business/:enterpriseId/listings/:listingId/edit')
  @SignedIn('PROVIDER')
  @Redirect()
  async editListing(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('listingId') listingId: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const formName = `edit-listing-${listingId}`;
    const page = `${BUSINESS}/${encodeURIComponent(enterpriseId)}/listings/${encodeURIComponent(listingId)}`;
    const parsed = parseListingForm(body, { postcodeRequired: false });
    if (parsed.kind === 'invalid') return rejectForm(req, formName, body, parsed.errors, `${page}/edit`);
    const result = await this.api.mutate(req, UPDATE_LISTING, { input: { id: listingId, ...parsed.input } });
    if (!result.ok) return rejectForm(req, formName, body, listingErrors(result.problem), `${page}/edit`);
    session(req).setFlash({ success: true, title: 'Changes saved', text: 'People see the new details now.' });
    return redirectTo(page);
  }

  @Post('your-business/:enterpriseId/listings/:listingId/publish')
  @SignedIn('PROVIDER')
  @Redirect()
  async publish(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('listingId') listingId: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const page = `${BUSINESS}/${encodeURIComponent(enterpriseId)}/listings/${encodeURIComponent(listingId)}`;
    const result = await this.api.mutate(req, PUBLISH_LISTING, { id: listingId });
    if (!result.ok) {
      // The API's refusal names what is still to do on the checklist, in plain words; the summary stays short.
      const errors = {
        summary: [{ text: 'This listing cannot be published yet. See why below.', href: '#publish' }],
        fields: { publish: { text: result.problem.message } },
      };
      return rejectForm(req, `publish-${listingId}`, body, errors, page);
    }
    session(req).setFlash({
      success: true,
      title: 'Your listing is published',
      text: 'People can now find it in search and ask to book. We will email you when they do.',
    });
    return redirectTo(page);
  }

  @Post('your-business/:enterpriseId/listings/:listingId/unpublish')
  @SignedIn('PROVIDER')
  @Redirect()
  async unpublish(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('listingId') listingId: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const page = `${BUSINESS}/${encodeURIComponent(enterpriseId)}/listings/${encodeURIComponent(listingId)}`;
    const result = await this.api.mutate(req, UNPUBLISH_LISTING, { id: listingId });
    if (!result.ok)
      return rejectForm(
        req,
        `publish-${listingId}`,
        body,
        fieldErrors({ publish: result.problem.message }),
        page,
      );
    session(req).setFlash({
      title: 'Your listing is hidden',
      text: 'Nobody can find it in search now. Bookings already accepted still go ahead. Publish it again at any time.',
    });
    return redirectTo(page);
  }

  // ---------------------------------------------------------------- booking requests

  @Get('booking-requests')
  @SignedIn('PROVIDER')
  @Render('provider/views/booking-requests.njk')
  async bookingRequests(@Req() req: Request) {
    const data = await this.api.query<{ myBookings: { edges: { node: Booking }[] } }>(
      req,
      PROVIDER_BOOKINGS,
      {
        first: 100,
      },
    );
    const bookings = data.myBookings.edges.map((edge) => describeBooking(edge.node));
    return {
      waiting: bookings.filter((booking) => booking.status === 'REQUESTED'),
      accepted: bookings.filter((booking) => booking.status === 'ACCEPTED'),
      others: bookings.filter((booking) => booking.status !== 'REQUESTED' && booking.status !== 'ACCEPTED'),
    };
  }

  @Get('booking-requests/:bookingId')
  @SignedIn('PROVIDER')
  @Render('provider/views/booking.njk')
  async booking(@Req() req: Request, @Param('bookingId') bookingId: string) {
    const { booking } = await this.api.query<{ booking: Booking }>(req, BOOKING, { id: bookingId });
    const answer = formState(req, `answer-${bookingId}`);
    const message = formState(req, `message-${bookingId}`);
    return {
      booking: describeBooking(booking),
      values: { ...answer.values, ...message.values },
      errors: {
        summary: [...answer.errors.summary, ...message.errors.summary],
        fields: { ...answer.errors.fields, ...message.errors.fields },
      },
    };
  }

  @Post('booking-requests/:bookingId/accept')
  @SignedIn('PROVIDER')
  @Redirect()
  async accept(
    @Req() req: Request,
    @Param('bookingId') bookingId: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const page = `/booking-requests/${encodeURIComponent(bookingId)}`;
    const seriesId = textField(body, 'seriesId');
    const result = seriesId
      ? await this.api.mutate(req, ACCEPT_SERIES, { seriesId })
      : await this.api.mutate(req, ACCEPT_BOOKING, { id: bookingId });
    if (!result.ok)
      return rejectForm(
        req,
        `answer-${bookingId}`,
        body,
        fieldErrors({ accept: result.problem.message }),
        page,
      );
    session(req).setFlash({
      success: true,
      title: seriesId ? 'You accepted every week' : 'You accepted the booking',
      text: 'We have told the person. It is in your calendar feed. Mark it delivered after it happens.',
    });
    return redirectTo(page);
  }

  @Post('booking-requests/:bookingId/decline')
  @SignedIn('PROVIDER')
  @Redirect()
  async decline(
    @Req() req: Request,
    @Param('bookingId') bookingId: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const page = `/booking-requests/${encodeURIComponent(bookingId)}`;
    const seriesId = textField(body, 'seriesId');
    const reason = textField(body, 'reason');
    if (!reason)
      return rejectForm(
        req,
        `answer-${bookingId}`,
        body,
        fieldErrors({ reason: 'Say why you cannot do it, in a few words' }),
        page,
      );
    const result = seriesId
      ? await this.api.mutate(req, DECLINE_SERIES, { seriesId, reason })
      : await this.api.mutate(req, DECLINE_BOOKING, { id: bookingId, reason });
    if (!result.ok)
      return rejectForm(req, `answer-${bookingId}`, body, errorsFromProblem(result.problem, 'reason'), page);
    session(req).setFlash({
      title: seriesId ? 'You declined every week' : 'You declined the booking',
      text: 'We have told the person, with your reason, so they can look for someone else.',
    });
    return redirectTo(page);
  }

  @Post('booking-requests/:bookingId/complete')
  @SignedIn('PROVIDER')
  @Redirect()
  async complete(
    @Req() req: Request,
    @Param('bookingId') bookingId: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const page = `/booking-requests/${encodeURIComponent(bookingId)}`;
    const result = await this.api.mutate(req, COMPLETE_BOOKING, { id: bookingId });
    if (!result.ok)
      return rejectForm(
        req,
        `answer-${bookingId}`,
        body,
        fieldErrors({ complete: result.problem.message }),
        page,
      );
    session(req).setFlash({
      success: true,
      title: 'Marked as delivered',
      text: 'We have told the person. If they pay from a personal budget, it now shows as paid.',
    });
    return redirectTo(page);
  }

  @Post('booking-requests/:bookingId/messages')
  @SignedIn('PROVIDER')
  @Redirect()
  async sendMessage(
    @Req() req: Request,
    @Param('bookingId') bookingId: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const page = `/booking-requests/${encodeURIComponent(bookingId)}`;
    const message = textField(body, 'message');
    if (!message)
      return rejectForm(
        req,
        `message-${bookingId}`,
        body,
        fieldErrors({ message: 'Write your message' }),
        page,
      );
    const result = await this.api.mutate(req, SEND_MESSAGE, { input: { bookingId, body: message } });
    if (!result.ok)
      return rejectForm(
        req,
        `message-${bookingId}`,
        body,
        errorsFromProblem(result.problem, 'message', { fieldIds: { body: 'message' } }),
        page,
      );
    session(req).setFlash({
      success: true,
      title: 'Message sent',
      text: 'We have told the person. Their answer shows here.',
    });
    return redirectTo(`${page}#messages`);
  }

  // ---------------------------------------------------------------- calendar feed

  @Get('calendar-feed')
  @SignedIn('PROVIDER')
  @Render('provider/views/calendar-feed.njk')
  async calendarFeed(@Req() req: Request) {
    const data = await this.api.query<{ calendarFeedUrl: string }>(req, CALENDAR_FEED_URL);
    return { feedUrl: data.calendarFeedUrl };
  }

  @Post('calendar-feed/reset')
  @SignedIn('PROVIDER')
  @Redirect()
  async resetCalendarFeed(@Req() req: Request): Promise<RedirectTo> {
    const result = await this.api.mutate(req, RESET_CALENDAR_FEED);
    if (!result.ok) throw new Error(`The calendar link was not reset: ${result.problem.message}`);
    session(req).setFlash({
      title: 'You have a new calendar link',
      text: 'The old link has stopped working. Add the new one to your calendar app.',
    });
    return redirectTo('/calendar-feed');
  }

  private async myEnterprises(req: Request) {
    const data = await this.api.query<MyEnterprises>(req, MY_ENTERPRISES, { first: 100 });
    return data.enterprises.edges.map((edge) => edge.node);
  }

  /** The listing, or a 404 when it belongs to another enterprise than the address says. */
  private async ownListing(req: Request, enterpriseId: string, listingId: string): Promise<Listing> {
    const { listing } = await this.api.query<{ listing: Listing }>(req, LISTING, { id: listingId });
    if (listing.enterprise?.id !== enterpriseId) throw new PageNotFound();
    return listing;
  }
}

const DATE_IDS = ['completedOn', 'startedOn', 'expiresOn'];

function session(req: Request): WebSession {
  if (!req.webSession) throw new Error('The session middleware did not run.');
  return req.webSession;
}

function complianceWords(status: string): string {
  switch (status) {
    case 'COMPLIANT':
      return 'Everything needed is done.';
    case 'DUE_SOON':
      return 'Something runs out or is due in the next 30 days.';
    case 'OVERDUE':
      return 'Something needed is late or has run out.';
    default:
      return 'Some things are still needed before you can trade.';
  }
}

const CAPACITY_CHOICES = {
  TAKING_NEW_PEOPLE: 'Yes, I am taking new people',
  WAITING_LIST: 'New people join a waiting list',
  FULL: 'No, I am full at the moment',
};

function describeListing(listing: Listing) {
  return {
    ...listing,
    categoryName: CATEGORIES[listing.category] ?? listing.category,
    priceUnitName: PRICE_UNITS[listing.priceUnit] ?? listing.priceUnit.toLowerCase(),
    statusText: LISTING_STATUS_WORDS[listing.status],
    slots: listing.availability.map((slot) => ({ ...slot, dayName: DAYS[slot.dayOfWeek] ?? slot.dayOfWeek })),
  };
}

function describeBooking(booking: Booking) {
  return {
    ...booking,
    statusText: BOOKING_STATUS_WORDS[booking.status],
    whenText: `${londonTime(booking.startsAt)} to ${londonClock(booking.endsAt)}`,
    expiresText: londonTime(booking.expiresAt),
    messages: booking.messages?.map((message) => ({ ...message, sentText: londonTime(message.createdAt) })),
  };
}

function listingFormOptions() {
  return {
    categories: CATEGORIES,
    priceUnits: { HOUR: 'An hour', SESSION: 'A session', DAY: 'A day', PAY_WHAT_YOU_CAN: 'Pay what you can' },
    capacities: CAPACITY_CHOICES,
    days: WEEK_DAYS.map((day) => ({ day, name: DAYS[day] })),
  };
}

/** The edit form filled from the listing; the postcode is never shown (blank keeps it). */
function listingValues(listing: Listing): Record<string, string> {
  const values: Record<string, string> = {
    title: listing.title,
    description: listing.description,
    category: listing.category,
    price: (listing.pricePence / 100).toFixed(2),
    priceUnit: listing.priceUnit,
    capacity: listing.capacity,
    travelMiles: String(listing.travelMiles),
  };
  for (const slot of listing.availability) {
    values[`${slot.dayOfWeek}-start`] = slot.startTime;
    values[`${slot.dayOfWeek}-end`] = slot.endTime;
  }
  return values;
}

/** The API's refusal on the listing form; its slot messages are whole sentences already. */
function listingErrors(problem: ApiProblem) {
  return errorsFromProblem(problem, 'title', {
    fieldIds: { pricePence: 'price', availability: 'MONDAY-start', enterpriseId: 'title' },
    messages: {
      postcode: 'Enter a full postcode we know, like TA1 1AA',
      ...(problem.fields?.availability ? { 'MONDAY-start': problem.message } : {}),
    },
  });
}
