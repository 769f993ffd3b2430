import { PostcodeImporter } from '@small-places/marketplace';
import { londonDate } from '@small-places/platform';
import { acceptInvitation, Session, signUp, uniqueEmail, graphql } from '@small-places/testing';
import { createEnterprise, CrmWorld, crmWorld, waiveMandatoryItems } from '../crm/crm-fixture';
import { OUTCODES } from '../marketplace/marketplace-fixture';

export const REQUEST = graphql(`
  mutation RequestBooking($input: RequestBookingInput!) {
    requestBooking(input: $input) {
      id
      status
      startsAt
      endsAt
      costPence
    }
  }
`);
export const ACCEPT = graphql(`
  mutation AcceptBooking($id: ID!) {
    acceptBooking(id: $id) {
      id
      status
    }
  }
`);
export const DECLINE = graphql(`
  mutation DeclineBooking($id: ID!, $reason: String!) {
    declineBooking(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
export const CANCEL = graphql(`
  mutation CancelBooking($id: ID!, $reason: String!) {
    cancelBooking(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
export const COMPLETE = graphql(`
  mutation CompleteBooking($id: ID!) {
    completeBooking(id: $id) {
      id
      status
    }
  }
`);
export const SET_UP_BUDGET = graphql(`
  mutation SetUpBudget($input: SetUpBudgetInput!) {
    setUpBudget(input: $input) {
      id
      label
      currentPeriod {
        startsOn
        endsOn
        allocationPence
        committedPence
        spentPence
        remainingPence
      }
    }
  }
`);
export const BUDGET = graphql(`
  query Budget($id: ID!) {
    personalBudget(id: $id) {
      id
      label
      currentPeriod {
        startsOn
        endsOn
        allocationPence
        committedPence
        spentPence
        remainingPence
      }
    }
  }
`);
const CREATE_LISTING = graphql(`
  mutation CreateListing($input: CreateListingInput!) {
    createListing(input: $input) {
      id
      status
      title
      category
      pricePence
      priceUnit
    }
  }
`);
const PUBLISH = graphql(`
  mutation PublishListing($id: ID!) {
    publishListing(id: $id) {
      id
      status
      verified
    }
  }
`);

const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map(
  (dayOfWeek) => ({
    dayOfWeek,
    startTime: '08:00',
    endTime: '20:00',
  }),
);

export interface BookingWorld extends CrmWorld {
  provider: Session;
  enterpriseId: string;
  hourly: string;
  session40: string;
  otherHolder: Session;
}

/** A verified enterprise with two published listings (£18 an hour; £40 a session), its provider, two holders. */
export async function bookingWorld(): Promise<BookingWorld> {
  const world = await crmWorld();
  await world.t.app.get(PostcodeImporter).importFile(OUTCODES);
  const email = uniqueEmail('provider');
  const enterprise = await createEnterprise(world, {
    name: 'Kind Hands',
    activities: ['COMPANIONSHIP', 'HOME_HELP'],
    founder: { name: 'Kim Hands', email },
  });
  const provider = await acceptInvitation(world.t.client, world.t.mailbox, email, 'Kim Hands');
  await waiveMandatoryItems(world, enterprise.id);
  const listing = async (title: string, category: string, pricePence: number, priceUnit: string) => {
    const created = await world.t.client.ok<{ createListing: { id: string } }>(
      CREATE_LISTING,
      {
        input: {
          enterpriseId: enterprise.id,
          title,
          description: `${title} in and around Taunton, by people who live here.`,
          category,
          pricePence,
          priceUnit,
          postcode: 'TA1 1AA',
          travelMiles: 10,
          availability: EVERY_DAY,
        },
      },
      { token: provider.accessToken },
    );
    await world.t.client.ok(PUBLISH, { id: created.createListing.id }, { token: provider.accessToken });
    return created.createListing.id;
  };
  return {
    ...world,
    provider,
    enterpriseId: enterprise.id,
    hourly: await listing('Companionship visits', 'COMPANIONSHIP', 1800, 'HOUR'),
    session40: await listing('Deep clean of a home', 'HOME_HELP', 4000, 'SESSION'),
    otherHolder: await signUp(world.t.client, { role: 'BUDGET_HOLDER' }),
  };
}

/** A slot in the future: `daysAhead` days from now, at a London wall-clock hour (in UTC for a winter date). */
export function slot(daysAhead: number, hour: number, minutes = 60) {
  const day = new Date(Date.now() + daysAhead * 86_400_000);
  const date = londonDate(day);
  const start = londonInstant(date, hour);
  return {
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + minutes * 60_000).toISOString(),
  };
}

/** The instant a London wall clock shows `hour`:00 on `date` (BST or GMT). */
function londonInstant(date: string, hour: number): Date {
  for (const offset of [0, 1]) {
    const candidate = new Date(`${date}T${String(hour - offset).padStart(2, '0')}:00:00Z`);
    const shown = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(candidate);
    if (Number(shown) === hour) return candidate;
  }
  throw new Error(`no instant for ${date} ${hour}:00`);
}

export async function setUpBudget(world: BookingWorld, holder: Session, paymentPence: number) {
  const data = await world.t.client.ok<{ setUpBudget: { id: string } }>(
    SET_UP_BUDGET,
    { input: { label: 'Direct payment', paymentPence, startsOn: londonDate(new Date()) } },
    { token: holder.accessToken },
  );
  return data.setUpBudget.id;
}
