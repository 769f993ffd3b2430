import { Body, Controller, Get, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { fieldErrors } from '../platform/form-errors';
import { formState, redirectTo, RedirectTo, rejectForm } from '../platform/forms';
import { parseListingForm } from './provider-pages';
import {
  CREATE_LISTING,
  ENTERPRISE_LISTINGS,
  ENTERPRISE_NAME,
  PUBLISH_LISTING,
  UNPUBLISH_LISTING,
  UPDATE_LISTING,
} from './provider.operations';

import {
  BUSINESS,
  listingPage,
  describeListing,
  listingErrors,
  listingFormOptions,
  listingValues,
  ownListing,
  session,
} from './provider-shared';

/**
 * The enterprise's listings: drafting, editing, publishing and unpublishing. Every read and write goes through the API, which checks that the person is a member of the
 * enterprise.
 */
@Controller()
export class ProviderListingsController {
  constructor(private readonly api: ApiClient) {}

  // ---------------------------------------------------------------- listings

  @Get('your-business/:enterpriseId/listings')
  @SignedIn('PROVIDER')
  @Render('provider/views/listings.njk')
  async listings(@Req() req: Request, @Param('enterpriseId') enterpriseId: string) {
    const data = await this.api.query(req, ENTERPRISE_LISTINGS, {
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
    const { enterprise } = await this.api.query(req, ENTERPRISE_NAME, { id: enterpriseId });
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
    const result = await this.api.mutate(req, CREATE_LISTING, {
      // postcodeRequired: parsed.input has the postcode.
      input: { enterpriseId, ...parsed.input, postcode: parsed.input.postcode! },
    });
    if (!result.ok) return rejectForm(req, formName, body, listingErrors(result.problem), back);
    session(req).setFlash({
      success: true,
      title: 'Listing saved as a draft',
      text: 'Nobody can see it yet. Check it, then publish it to show it in search.',
    });
    return redirectTo(listingPage(enterpriseId, result.data.createListing.id));
  }

  @Get('your-business/:enterpriseId/listings/:listingId')
  @SignedIn('PROVIDER')
  @Render('provider/views/listing.njk')
  async listing(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('listingId') listingId: string,
  ) {
    const listing = await ownListing(this.api, req, enterpriseId, listingId);
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
    const listing = await ownListing(this.api, req, enterpriseId, listingId);
    const state = formState(req, `edit-listing-${listingId}`);
    const values = Object.keys(state.values).length > 0 ? state.values : listingValues(listing);
    return {
      ...state,
      values,
      ...listingFormOptions(),
      enterprise: listing.enterprise,
      listing,
      editing: true,
      action: `${listingPage(enterpriseId, listing.id)}/edit`,
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
    const page = listingPage(enterpriseId, listingId);
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
    const page = listingPage(enterpriseId, listingId);
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
    const page = listingPage(enterpriseId, listingId);
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
}
