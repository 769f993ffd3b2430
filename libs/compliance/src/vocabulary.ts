import { registerEnumType } from '@nestjs/graphql';

/** What an enterprise does; also the categories of its listings (PRODUCT.md §3.3). */
export enum Activity {
  PERSONAL_CARE = 'PERSONAL_CARE',
  HOME_HELP = 'HOME_HELP',
  COMPANIONSHIP = 'COMPANIONSHIP',
  DAY_ACTIVITIES = 'DAY_ACTIVITIES',
  MEALS = 'MEALS',
  TRANSPORT = 'TRANSPORT',
  SHARED_LIVES = 'SHARED_LIVES',
  OTHER = 'OTHER',
}

export enum LegalStructure {
  SOLE_TRADER = 'SOLE_TRADER',
  PARTNERSHIP = 'PARTNERSHIP',
  LIMITED_COMPANY = 'LIMITED_COMPANY',
  CIC = 'CIC',
  COOPERATIVE = 'COOPERATIVE',
  UNINCORPORATED = 'UNINCORPORATED',
}

registerEnumType(Activity, { name: 'Activity' });
registerEnumType(LegalStructure, { name: 'LegalStructure' });
