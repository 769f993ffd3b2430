import { Injectable } from '@nestjs/common';
import { ChecksMade } from '@small-places/compliance';
import { AccessService } from '@small-places/identity';
import { ListingCapacity, PriceUnit, PublicEnterpriseRow, PublicListings } from '@small-places/marketplace';
import {
  AppError,
  badInput,
  Database,
  ErrorCode,
  isUuid,
  londonDate,
  notFound,
  RequestContext,
} from '@small-places/platform';
import { MapPointType, PublicEnterpriseType } from './public-enterprise.types';

/** Most districts one map asks for: a page of search results. */
export const MAX_MAP_DISTRICTS = 100;
const MAX_LISTINGS_SHOWN = 100;

/** The public enterprise page and map markers: public data only, the same rows as the open-data feed. */
@Injectable()
export class PublicEnterpriseService {
  constructor(
    private readonly listings: PublicListings,
    private readonly checks: ChecksMade,
    private readonly access: AccessService,
    private readonly db: Database,
  ) {}

  /**
   * NOT_FOUND for an unknown id and for an enterprise with nothing in the feed (nobody's business yet), except
   * to its members and Catalysts, who may preview the page before anything is published.
   */
  async get(ctx: RequestContext, id: string): Promise<PublicEnterpriseType> {
    if (!isUuid(id)) throw notFound('That business');
    const enterprise = (await this.listings.enterprise(id)) ?? (await this.preview(ctx, id));
    const [rows, checks] = await Promise.all([
      this.listings.page({ enterpriseId: id }, { offset: 0, limit: MAX_LISTINGS_SHOWN }),
      this.checks.of([id], londonDate(ctx.now)),
    ]);
    return {
      id: enterprise.id,
      name: enterprise.name,
      legalStructure: enterprise.legal_structure,
      postcodeDistrict: enterprise.district,
      activities: enterprise.activities,
      place:
        enterprise.district_latitude !== null && enterprise.district_longitude !== null
          ? {
              district: enterprise.district,
              latitude: enterprise.district_latitude,
              longitude: enterprise.district_longitude,
            }
          : null,
      listings: rows.map((row) => ({
        id: row.id,
        title: row.title,
        description: row.description,
        category: row.category,
        pricePence: row.price_pence,
        priceUnit: row.price_unit as PriceUnit,
        capacity: row.capacity as ListingCapacity,
        postcodeDistrict: row.district,
        travelMiles: row.travel_miles,
      })),
      checksMade: (checks.get(id)?.checks ?? []).map(({ title, checkedOn, runsOutOn }) => ({
        title,
        checkedOn,
        runsOutOn,
      })),
    };
  }

  private async preview(ctx: RequestContext, id: string): Promise<PublicEnterpriseRow> {
    if (!ctx.user) throw notFound('That business');
    try {
      await this.access.requireEnterprise(this.db.manager, ctx, id, 'member-or-catalyst');
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.Forbidden) throw notFound('That business');
      throw error;
    }
    const enterprise = await this.listings.enterprise(id, { unlisted: true });
    if (!enterprise) throw notFound('That business');
    return enterprise;
  }

  async districtCentres(districts: string[]): Promise<MapPointType[]> {
    if (districts.length > MAX_MAP_DISTRICTS) {
      throw badInput(`Ask for at most ${MAX_MAP_DISTRICTS} districts at once.`, { districts: ['too many'] });
    }
    const wanted = districts
      .map((district) => district.trim().toUpperCase())
      .filter((d) => /^[A-Z0-9]{2,4}$/.test(d));
    return this.listings.districtCentres(wanted);
  }
}
