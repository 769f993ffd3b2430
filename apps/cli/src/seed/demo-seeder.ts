import { Injectable } from '@nestjs/common';
import {
  ChecklistItemStatus,
  ChecklistReads,
  ChecklistReviews,
  ChecklistUpdates,
  ReviewDecision,
} from '@small-places/compliance';
import {
  ActionOwner,
  AreaService,
  CoachingService,
  EnterpriseService,
  PipelineService,
  PipelineStage,
  SessionMode,
} from '@small-places/crm';
import {
  GrantKind,
  IdentityService,
  InvitationAcceptance,
  InvitationService,
  User,
} from '@small-places/identity';
import { BookingRequests, londonMoment } from '@small-places/bookings';
import { BudgetOverview } from '@small-places/budgets';
import { Activity } from '@small-places/compliance';
import {
  DayOfWeek,
  describeImport,
  ListingService,
  PostcodeImporter,
  PriceUnit,
} from '@small-places/marketplace';
import { Database, londonDate, RequestContext, Role } from '@small-places/platform';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoEmail } from './demo-accounts';
import { DemoEnterprise, demoEnterprises } from './demo-enterprises';

/** Real Somerset and Bristol districts, so demo searches work against the shared outcode file. */
export const DEMO_AREAS = [
  {
    name: 'Taunton and West Somerset',
    postcodeDistricts: ['TA1', 'TA2', 'TA3', 'TA4', 'TA21', 'TA23', 'TA24'],
  },
  { name: 'Bristol North', postcodeDistricts: ['BS5', 'BS6', 'BS7', 'BS9', 'BS10', 'BS16'] },
];

/** The shared district centroids, beside the project (commands run from its root). */
export const DEMO_POSTCODE_FILE = '../shared/data/uk-outcodes.csv';

const DAY_MS = 86_400_000;
const LISTED_STAGES: PipelineStage[] = [
  PipelineStage.READY,
  PipelineStage.TRADING,
  PipelineStage.ESTABLISHED,
];

/** What a demo enterprise offers in each category: title, price in pence, and what the price is for. */
const SERVICE_OFFERS: Record<Activity, [string, number, PriceUnit]> = {
  [Activity.PERSONAL_CARE]: ['Personal care at home', 2100, PriceUnit.HOUR],
  [Activity.HOME_HELP]: ['Cleaning, shopping and help at home', 1700, PriceUnit.HOUR],
  [Activity.COMPANIONSHIP]: ['Companionship and days out', 1600, PriceUnit.HOUR],
  [Activity.DAY_ACTIVITIES]: ['A day club with lunch', 4500, PriceUnit.DAY],
  [Activity.MEALS]: ['Hot home-cooked meals delivered', 650, PriceUnit.SESSION],
  [Activity.TRANSPORT]: ['Lifts to appointments and the shops', 1200, PriceUnit.SESSION],
  [Activity.SHARED_LIVES]: ['Shared Lives short breaks', 9500, PriceUnit.DAY],
  [Activity.OTHER]: ['Practical support', 1500, PriceUnit.HOUR],
};
const FORWARD: PipelineStage[] = [
  PipelineStage.EXPLORING,
  PipelineStage.SETTING_UP,
  PipelineStage.READY,
  PipelineStage.TRADING,
  PipelineStage.ESTABLISHED,
];

@Injectable()
export class DemoSeeder {
  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
    private readonly areas: AreaService,
    private readonly enterprises: EnterpriseService,
    private readonly pipeline: PipelineService,
    private readonly coaching: CoachingService,
    private readonly checklists: ChecklistReads,
    private readonly checklistUpdates: ChecklistUpdates,
    private readonly checklistReviews: ChecklistReviews,
    private readonly postcodes: PostcodeImporter,
    private readonly listings: ListingService,
    private readonly budgets: BudgetOverview,
    private readonly bookings: BookingRequests,
    private readonly invitations: InvitationService,
    private readonly invitationAcceptance: InvitationAcceptance,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.db.manager.getRepository(User).count()) === 0;
  }

  /** Two Areas, three Catalysts, sixty enterprises with history, sessions and actions, and the demo sign-ins. */
  async seed(now = new Date()): Promise<void> {
    await this.importPostcodes();
    const system = RequestContext.system(now);
    const [taunton, bristol] = [
      await this.areas.create(system, DEMO_AREAS[0]),
      await this.areas.create(system, DEMO_AREAS[1]),
    ];
    const account = (email: DemoEmail) => DEMO_ACCOUNTS.find((candidate) => candidate.email === email)!;
    const make = (email: DemoEmail, role: Role, grants: { kind: GrantKind; scopeId: string | null }[]) =>
      this.db.transaction((tx) =>
        this.identity.createAccount(
          tx,
          { email, password: DEMO_PASSWORD, displayName: account(email).displayName, role },
          grants,
          now,
        ),
      );
    await this.identity.createAdmin(
      account('admin@demo.smallplaces.test').email,
      DEMO_PASSWORD,
      'Ada Admin',
      now,
    );
    const cara = await make('cara@demo.smallplaces.test', Role.CATALYST, [
      { kind: GrantKind.CatalystOfArea, scopeId: taunton.id },
    ]);
    const dev = await make('dev@demo.smallplaces.test', Role.CATALYST, [
      { kind: GrantKind.CatalystOfArea, scopeId: bristol.id },
    ]);
    const sam = await make('sam@demo.smallplaces.test', Role.CATALYST, [
      { kind: GrantKind.CatalystOfArea, scopeId: taunton.id },
      { kind: GrantKind.CatalystOfArea, scopeId: bristol.id },
    ]);
    await make('fran@demo.smallplaces.test', Role.PROVIDER, []);
    const bill = await make('bill@demo.smallplaces.test', Role.BUDGET_HOLDER, []);
    const billCtx = new RequestContext(now, '127.0.0.1', 'seed').withUser({
      id: bill.id,
      roles: [Role.BUDGET_HOLDER],
    });
    const budget = await this.budgets.setUp(billCtx, {
      label: 'Direct payment from Somerset Council',
      paymentPence: 120_000,
      startsOn: londonDate(new Date(now.getTime() - 20 * DAY_MS)),
    });

    for (const demo of demoEnterprises()) {
      const areaId = demo.area === 0 ? taunton.id : bristol.id;
      const catalyst = demo.index % 3 === 0 ? sam : demo.area === 0 ? cara : dev;
      await this.seedEnterprise(demo, areaId, catalyst, now);
    }
    await this.seedBookings(billCtx, budget.id, now);
    // The founders' invitations were sent during the demo's past; their links work for 7 days from today.
    await this.invitations.renewOpen(now);
  }

  /**
   * Bill asks two Taunton services for a visit next week (one paid from his budget): requests waiting for the
   * provider, as a budget holder would see them. They expire 48 hours after the seed, like any request.
   */
  private async seedBookings(billCtx: RequestContext, budgetId: string, now: Date): Promise<void> {
    const listings: Array<{ id: string }> = await this.db.manager.query(
      `SELECT id FROM listings WHERE status = 'PUBLISHED' AND district LIKE 'TA%' ORDER BY title LIMIT 2`,
    );
    const visits = [DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY].map((day) => nextLondonTen(now, day));
    for (const [index, listing] of listings.entries()) {
      await this.bookings.request(billCtx, {
        listingId: listing.id,
        startsAt: visits[index],
        endsAt: new Date(visits[index].getTime() + 2 * 3_600_000),
        budgetId: index === 0 ? budgetId : undefined,
        note: index === 0 ? 'Please ring the bell and wait: I take a while to get to the door.' : undefined,
      });
    }
  }

  private async seedEnterprise(
    demo: DemoEnterprise,
    areaId: string,
    catalyst: User,
    now: Date,
  ): Promise<void> {
    const startedDaysAgo = 240 - demo.index * 3;
    let day = new Date(now.getTime() - startedDaysAgo * DAY_MS);
    const as = (at: Date) =>
      new RequestContext(at, '127.0.0.1', 'seed').withUser({ id: catalyst.id, roles: [Role.CATALYST] });
    const district =
      DEMO_AREAS[demo.area].postcodeDistricts[demo.index % DEMO_AREAS[demo.area].postcodeDistricts.length];
    const founderEmail =
      demo.index === 0 ? 'fran@demo.smallplaces.test' : `founder${demo.index}@demo.smallplaces.test`;
    const enterprise = await this.enterprises.create(as(day), {
      areaId,
      name: demo.name,
      postcode: `${district} ${1 + (demo.index % 9)}AB`,
      activities: demo.activities,
      legalStructure: demo.legalStructure,
      employsStaff: demo.index % 5 === 0,
      tradingStartsOn: londonDate(new Date(now.getTime() + (30 + demo.index) * DAY_MS)),
      founder: { name: demo.index === 0 ? 'Fran Founder' : `Founder of ${demo.name}`, email: founderEmail },
    });
    // Fran's demo account exists already: an invitation grants nothing until accepted, so accept it as she would.
    if (demo.index === 0) {
      await this.invitationAcceptance.acceptForExistingAccount(
        as(day),
        founderEmail,
        Role.PROVIDER,
        enterprise.id,
      );
    }

    const path =
      demo.stage === PipelineStage.PAUSED || demo.stage === PipelineStage.CLOSED
        ? [PipelineStage.EXPLORING, demo.stage]
        : FORWARD.slice(0, FORWARD.indexOf(demo.stage) + 1);
    const step = Math.max(3, Math.floor(startedDaysAgo / (path.length + 2)));
    for (const stage of path) {
      day = new Date(day.getTime() + step * DAY_MS);
      await this.coaching.record(as(day), {
        enterpriseId: enterprise.id,
        heldOn: londonDate(day),
        minutes: 30 + (demo.index % 4) * 15,
        mode: [SessionMode.IN_PERSON, SessionMode.PHONE, SessionMode.VIDEO][demo.index % 3],
        summary: `Talked through what ${demo.name} needs next.`,
        topics: ['next steps'],
        actions: [
          {
            title: 'Send the checklist of insurance quotes',
            dueOn: londonDate(new Date(day.getTime() + 14 * DAY_MS)),
            owner: ActionOwner.CATALYST,
          },
          {
            title: 'Book DBS checks for everyone who works with clients',
            dueOn: londonDate(new Date(day.getTime() + 21 * DAY_MS)),
            owner: ActionOwner.ENTREPRENEUR,
          },
        ],
      });
      if (stage === PipelineStage.READY) await this.completeMandatoryItems(enterprise.id, as(day));
      await this.pipeline.move(as(day), {
        enterpriseId: enterprise.id,
        stage,
        note: `Agreed at the session on ${londonDate(day)}`,
      });
    }
    if (LISTED_STAGES.includes(demo.stage)) await this.listService(demo, enterprise.id, as(now));
    if (demo.stage === PipelineStage.TRADING || demo.stage === PipelineStage.ESTABLISHED) {
      await this.enterprises.update(as(now), {
        enterpriseId: enterprise.id,
        fteHeadcount: 1 + (demo.index % 4) * 0.5,
        peopleSupportedPerWeek: 4 + (demo.index % 9),
        hoursPerWeek: 10 + (demo.index % 6) * 4,
      });
    }
  }

  /** Enterprises ready to trade offer one published service in their first activity. */
  private async listService(demo: DemoEnterprise, enterpriseId: string, ctx: RequestContext): Promise<void> {
    const category = demo.activities[0];
    const [title, pricePence, priceUnit] = SERVICE_OFFERS[category];
    const district =
      DEMO_AREAS[demo.area].postcodeDistricts[demo.index % DEMO_AREAS[demo.area].postcodeDistricts.length];
    const listing = await this.listings.create(ctx, {
      enterpriseId,
      title: `${title} from ${demo.name}`,
      description: `${title} from local people at ${demo.name}. We get to know you first, and the same faces come each time.`,
      category,
      pricePence: pricePence + (demo.index % 5) * 50,
      priceUnit,
      postcode: `${district} ${1 + (demo.index % 9)}AB`,
      travelMiles: 5 + (demo.index % 4) * 5,
      availability: [DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY].map(
        (dayOfWeek) => ({
          dayOfWeek,
          startTime: '09:00',
          endTime: '17:00',
        }),
      ),
    });
    await this.listings.publish(ctx, listing.id);
  }

  private async completeMandatoryItems(enterpriseId: string, ctx: RequestContext): Promise<void> {
    const checklist = await this.checklists.checklist(ctx, enterpriseId);
    const completedOn = londonDate(new Date(ctx.now.getTime() - DAY_MS));
    for (const item of checklist.items) {
      if (!item.requirement.mandatory || item.status === ChecklistItemStatus.DONE) continue;
      await this.checklistUpdates.updateItem(ctx, {
        itemId: item.id,
        status: ChecklistItemStatus.DONE,
        completedOn,
        reference: `DEMO-${item.requirement.code}`,
      });
      // The demo's Catalyst has seen the evidence: checked, so the listings show as verified.
      await this.checklistReviews.review(ctx, { itemId: item.id, decision: ReviewDecision.CHECKED });
    }
  }

  /** Demo listings are searched by postcode, so the districts go in first; without the file, search waits. */
  private async importPostcodes(): Promise<void> {
    const file = resolve(process.cwd(), DEMO_POSTCODE_FILE);
    if (!existsSync(file)) {
      console.log(`Note: ${file} is not there; run \`npm run import:postcodes -- <csv>\` before searching.`);
      return;
    }
    console.log(describeImport(await this.postcodes.importFile(file)));
  }
}

/** 10:00 Europe/London on the first `day` at least two days after `now` (demo listings open 09:00 to 17:00). */
function nextLondonTen(now: Date, day: DayOfWeek): Date {
  for (let ahead = 2; ahead < 10; ahead += 1) {
    const date = londonDate(new Date(now.getTime() + ahead * DAY_MS));
    // 10:00 is 10:00 UTC in winter and 09:00 UTC in British Summer Time.
    for (const utcHour of ['10', '09']) {
      const instant = new Date(`${date}T${utcHour}:00:00Z`);
      const moment = londonMoment(instant);
      if (moment.day === day && moment.time === '10:00') return instant;
    }
  }
  throw new Error(`no ${day} in the next week`);
}
