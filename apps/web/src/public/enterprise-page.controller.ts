import { Controller, Get, Param, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { ApiClient } from '../platform/api-client';
import { checksMadeWords } from './checks-made';
import { CATEGORIES } from './find-support';
import { PUBLIC_ENTERPRISE } from './enterprise-page.operations';

const LEGAL_STRUCTURES: Record<string, string> = {
  SOLE_TRADER: 'Sole trader',
  PARTNERSHIP: 'Partnership',
  LIMITED_COMPANY: 'Limited company',
  CIC: 'Community interest company',
  COOPERATIVE: 'Co-operative',
  UNINCORPORATED: 'Community group',
};

/** The public page of an enterprise: what it does, where, its listings, the checks made, how to ask. */
@Controller()
export class EnterprisePageController {
  constructor(private readonly api: ApiClient) {}

  @Get('enterprises/:id')
  @Render('public/views/enterprise.njk')
  async enterprise(@Req() req: Request, @Param('id') id: string) {
    const { publicEnterprise: enterprise } = await this.api.query(req, PUBLIC_ENTERPRISE, {
      id,
    });
    return {
      enterprise: {
        ...enterprise,
        legalStructureName: LEGAL_STRUCTURES[enterprise.legalStructure] ?? enterprise.legalStructure,
        activityNames: enterprise.activities.map((activity) => CATEGORIES[activity] ?? activity),
        checksMade: checksMadeWords(enterprise.checksMade),
        listings: enterprise.listings.map((listing) => ({
          ...listing,
          categoryName: CATEGORIES[listing.category] ?? listing.category,
        })),
      },
      markers: enterprise.place
        ? [
            {
              latitude: enterprise.place.latitude,
              longitude: enterprise.place.longitude,
              label: `${enterprise.name}: ${enterprise.postcodeDistrict} area`,
            },
          ]
        : [],
    };
  }
}
