import { Body, Controller, Get, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { errorsFromProblem, fieldErrors } from '../platform/form-errors';
import { FormErrors } from '../platform/web-session';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import {
  ACCEPT_BOOKING,
  ACCEPT_SERIES,
  BOOKING,
  COMPLETE_BOOKING,
  DECLINE_BOOKING,
  DECLINE_SERIES,
  PROVIDER_BOOKINGS,
  SEND_MESSAGE,
} from './provider.operations';

import { describeBooking, session } from './provider-shared';

/**
 * Booking requests: accepting, declining, marking delivered, and messages. Every read and write goes through the API, which checks that the person is a member of the
 * enterprise.
 */
@Controller()
export class ProviderBookingsController {
  constructor(private readonly api: ApiClient) {}

  // ---------------------------------------------------------------- booking requests

  @Get('booking-requests')
  @SignedIn('PROVIDER')
  @Render('provider/views/booking-requests.njk')
  async bookingRequests(@Req() req: Request) {
    const data = await this.api.query(req, PROVIDER_BOOKINGS, {
      first: 100,
    });
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
    const { booking } = await this.api.query(req, BOOKING, { id: bookingId });
    const answer = formState(req, formName('answer', bookingId));
    const message = formState(req, formName('message', bookingId));
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
    const page = bookingPage(bookingId);
    const seriesId = textField(body, 'seriesId');
    const result = seriesId
      ? await this.api.mutate(req, ACCEPT_SERIES, { seriesId })
      : await this.api.mutate(req, ACCEPT_BOOKING, { id: bookingId });
    if (!result.ok)
      return backToForm(req, 'answer', bookingId, body, fieldErrors({ accept: result.problem.message }));
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
    const page = bookingPage(bookingId);
    const seriesId = textField(body, 'seriesId');
    const reason = textField(body, 'reason');
    if (!reason)
      return backToForm(
        req,
        'answer',
        bookingId,
        body,
        fieldErrors({ reason: 'Say why you cannot do it, in a few words' }),
      );
    const result = seriesId
      ? await this.api.mutate(req, DECLINE_SERIES, { seriesId, reason })
      : await this.api.mutate(req, DECLINE_BOOKING, { id: bookingId, reason });
    if (!result.ok)
      return backToForm(req, 'answer', bookingId, body, errorsFromProblem(result.problem, 'reason'));
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
    const page = bookingPage(bookingId);
    const result = await this.api.mutate(req, COMPLETE_BOOKING, { id: bookingId });
    if (!result.ok)
      return backToForm(req, 'answer', bookingId, body, fieldErrors({ complete: result.problem.message }));
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
    const page = bookingPage(bookingId);
    const message = textField(body, 'message');
    if (!message)
      return backToForm(req, 'message', bookingId, body, fieldErrors({ message: 'Write your message' }));
    const result = await this.api.mutate(req, SEND_MESSAGE, { input: { bookingId, body: message } });
    if (!result.ok)
      return backToForm(
        req,
        'message',
        bookingId,
        body,
        errorsFromProblem(result.problem, 'message', { fieldIds: { body: 'message' } }),
      );
    session(req).setFlash({
      success: true,
      title: 'Message sent',
      text: 'We have told the person. Their answer shows here.',
    });
    return redirectTo(`${page}#messages`);
  }
}

/** The page of one booking, where its two forms are: the answer (accept, decline, delivered) and a message. */
function bookingPage(bookingId: string): string {
  return `/booking-requests/${encodeURIComponent(bookingId)}`;
}

function formName(form: 'answer' | 'message', bookingId: string): string {
  return `${form}-${bookingId}`;
}

/** Back to the booking's page with the form as sent and what is wrong with it. */
function backToForm(
  req: Request,
  form: 'answer' | 'message',
  bookingId: string,
  body: unknown,
  errors: FormErrors,
): RedirectTo {
  return rejectForm(req, formName(form, bookingId), body, errors, bookingPage(bookingId));
}
