import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, PageArgs, Permission, RequestContext } from '@small-places/platform';
import { CreateListingInput, ListingSearchInput, UpdateListingInput } from '../dto/listing.inputs';
import {
  AvailabilityType,
  ListingConnection,
  ListingSearchConnection,
  ListingType,
} from '../dto/listing.types';
import { ListingSearchService } from '../search/listing-search.service';
import { ListingRepository, SlotValues } from './listing.repository';
import { ListingService } from './listing.service';

@Resolver(() => ListingType)
export class ListingResolver {
  constructor(
    private readonly listings: ListingService,
    private readonly searches: ListingSearchService,
    private readonly repository: ListingRepository,
  ) {}

  @Mutation(() => ListingType, {
    description: 'Member of the enterprise or its Catalyst. Starts as a DRAFT.',
  })
  @Allow(Permission.Authenticated)
  createListing(@Ctx() ctx: RequestContext, @Args('input') input: CreateListingInput) {
    return this.listings.create(ctx, input);
  }

  @Mutation(() => ListingType, { description: 'Member of the enterprise or its Catalyst.' })
  @Allow(Permission.Authenticated)
  updateListing(@Ctx() ctx: RequestContext, @Args('input') input: UpdateListingInput) {
    return this.listings.update(ctx, input);
  }

  @Mutation(() => ListingType, { description: 'Refused with CONFLICT unless the listing would be verified.' })
  @Allow(Permission.Authenticated)
  publishListing(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.listings.publish(ctx, id);
  }

  @Mutation(() => ListingType, { description: 'Takes a published listing out of search (HIDDEN).' })
  @Allow(Permission.Authenticated)
  unpublishListing(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.listings.unpublish(ctx, id);
  }

  @Query(() => ListingType, {
    description: 'Anyone, for a published listing; drafts and hidden ones for members and Catalysts only.',
  })
  @Allow(Permission.Public)
  listing(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.listings.get(ctx, id);
  }

  @Query(() => ListingConnection, {
    description:
      'Members of the enterprise and its Catalysts: every listing, drafts and hidden too, newest first.',
  })
  @Allow(Permission.Authenticated)
  enterpriseListings(
    @Ctx() ctx: RequestContext,
    @Args('enterpriseId', { type: () => ID }) enterpriseId: string,
    @Args() page: PageArgs,
  ) {
    return this.listings.ofEnterprise(ctx, enterpriseId, page);
  }

  @Query(() => ListingSearchConnection, {
    description: 'Public. Nearest first, or most relevant (then nearest) when text is given.',
  })
  @Allow(Permission.Public)
  searchListings(@Args('input') input: ListingSearchInput, @Args() page: PageArgs) {
    return this.searches.search(input, page);
  }

  @ResolveField(() => [AvailabilityType], { description: 'Weekly slots, Monday first.' })
  availability(@Ctx() ctx: RequestContext, @Parent() listing: ListingType) {
    return ctx
      .loader('listing-availability', (ids) => this.repository.availabilityOf(ids), [] as SlotValues[])
      .load(listing.id);
  }
}

@Resolver(() => ListingSearchConnection)
export class ListingSearchConnectionResolver {
  constructor(private readonly searches: ListingSearchService) {}

  @ResolveField(() => Int, {
    description: 'Every match within the radius; one more statement, so ask only if shown.',
  })
  totalCount(@Parent() connection: ListingSearchConnection) {
    return this.searches.count(connection.criteria);
  }
}
