import { Activity } from '@small-places/compliance';
import { ListingCapacity } from '@small-places/marketplace';
import { stableId } from './stable-id';

/** A term as the feed publishes it (HSDS taxonomy_term), with what it selects. */
export interface FeedTerm {
  id: string;
  name: string;
  description: string;
  term: string;
  taxonomyId: string;
  taxonomyName: string;
  /** The listing categories this term stands for (all of them for a capacity term). */
  categories: readonly Activity[];
  /** Set for a capacity term. */
  capacity?: ListingCapacity;
}

export interface FeedTaxonomy {
  id: string;
  name: string;
  description: string;
  version: string;
  terms: FeedTerm[];
}

const CATEGORY_WORDS: Record<Activity, [string, string]> = {
  PERSONAL_CARE: ['Personal care', 'Help with washing, dressing, eating and going to the toilet, at home.'],
  HOME_HELP: ['Home help', 'Cleaning, laundry, shopping and other jobs around the home.'],
  COMPANIONSHIP: ['Companionship', 'Someone to spend time with: visits, walks, outings and conversation.'],
  DAY_ACTIVITIES: ['Day activities', 'Things to do in the day with other people: clubs, groups and classes.'],
  MEALS: ['Meals', 'Cooked meals, lunch clubs and help with food.'],
  TRANSPORT: ['Transport', 'Getting to appointments, shops and activities.'],
  SHARED_LIVES: ['Shared Lives', 'Living with, or spending days with, an approved Shared Lives carer.'],
  OTHER: ['Other support', 'Other kinds of support.'],
};

/**
 * Where a category matches a service in the Local Government Association's service list (esd), the list
 * councils use to classify what is offered locally. By name: docs/openreferral.md says which and why.
 */
export const COUNCIL_TERMS: Partial<Record<Activity, string>> = {
  PERSONAL_CARE: 'Home care',
  HOME_HELP: 'Home help',
  DAY_ACTIVITIES: 'Day services',
  MEALS: 'Meals on wheels',
  TRANSPORT: 'Community transport',
  SHARED_LIVES: 'Shared Lives',
};

const CAPACITY_WORDS: Record<ListingCapacity, [string, string]> = {
  TAKING_NEW_PEOPLE: ['Taking new people', 'The provider can start supporting someone new.'],
  WAITING_LIST: ['Waiting list', 'New people join a waiting list for a place.'],
  FULL: ['Full', 'The provider is not taking anyone new at the moment.'],
};

const ALL_CATEGORIES = Object.values(Activity);

function taxonomy(
  key: string,
  name: string,
  description: string,
  version: string,
): Omit<FeedTaxonomy, 'terms'> {
  return { id: stableId(`taxonomy:${key}`), name, description, version };
}

const categories = taxonomy(
  'small-places-categories',
  'Small Places categories',
  'The kinds of support listed on Small Places, one per service.',
  '1',
);
const council = taxonomy(
  'lga-esd-services',
  'LGA service list (esd)',
  'The Local Government Association service list that councils use; only categories with a matching service.',
  '1',
);
const capacity = taxonomy(
  'small-places-capacity',
  'Small Places capacity',
  'Whether the provider is taking new people for a service.',
  '1',
);

/** Every taxonomy the feed publishes, in a fixed order. */
export const FEED_TAXONOMIES: readonly FeedTaxonomy[] = [
  {
    ...categories,
    terms: ALL_CATEGORIES.map((category) => ({
      id: stableId(`term:category:${category}`),
      name: CATEGORY_WORDS[category][0],
      description: CATEGORY_WORDS[category][1],
      term: category,
      taxonomyId: categories.id,
      taxonomyName: categories.name,
      categories: [category],
    })),
  },
  {
    ...council,
    terms: ALL_CATEGORIES.filter((category) => COUNCIL_TERMS[category]).map((category) => ({
      id: stableId(`term:lga-esd:${COUNCIL_TERMS[category]}`),
      name: COUNCIL_TERMS[category]!,
      description: `Small Places lists this as ${CATEGORY_WORDS[category][0].toLowerCase()}.`,
      term: COUNCIL_TERMS[category]!,
      taxonomyId: council.id,
      taxonomyName: council.name,
      categories: [category],
    })),
  },
  {
    ...capacity,
    terms: Object.values(ListingCapacity).map((value) => ({
      id: stableId(`term:capacity:${value}`),
      name: CAPACITY_WORDS[value][0],
      description: CAPACITY_WORDS[value][1],
      term: value,
      taxonomyId: capacity.id,
      taxonomyName: capacity.name,
      categories: ALL_CATEGORIES,
      capacity: value,
    })),
  },
];

export const FEED_TERMS: readonly FeedTerm[] = FEED_TAXONOMIES.flatMap((each) => each.terms);

/** The terms a listing carries: its category, its council term where one maps, and its capacity. */
export function termsOf(category: Activity, listingCapacity: ListingCapacity): FeedTerm[] {
  return FEED_TERMS.filter((term) =>
    term.capacity
      ? term.capacity === listingCapacity
      : term.categories.length === 1 && term.categories[0] === category,
  );
}

export function categoryWords(category: Activity): string {
  return CATEGORY_WORDS[category][0];
}

export function capacityWords(value: ListingCapacity): string {
  return CAPACITY_WORDS[value][0];
}
