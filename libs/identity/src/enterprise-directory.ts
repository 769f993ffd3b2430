import { Injectable } from '@nestjs/common';
import { PlugIns, plugInPoint, RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import type { User } from './entities/user.entity';

/** A provider who has just signed up, as the sign-up transaction hands them to the enterprise directory. */
export interface ProviderSignUp {
  user: User;
  postcode?: string;
  enterpriseName?: string;
}

export interface EnterpriseSummary {
  name: string;
  catalystId: string | null;
}

/**
 * What other contexts need from the one that owns enterprises (the CRM), so none of them reads its tables.
 * The CRM marks its implementation `@EnterpriseDirectoryPlugIn()`.
 */
export interface EnterpriseDirectory {
  /** The Area an enterprise belongs to; null when there is no such enterprise. */
  areaOf(tx: EntityManager, enterpriseId: string): Promise<string | null>;
  /** Names and Catalysts of these enterprises, in one statement (for reminders and notices about them). */
  summaries(tx: EntityManager, enterpriseIds: string[]): Promise<Map<string, EnterpriseSummary>>;
  /** The enterprises of these Areas (a Catalyst's caseload). */
  enterprisesIn(tx: EntityManager, areaIds: string[]): Promise<string[]>;
  /** Inside the sign-up transaction, so a provider and their enterprise appear together or not at all. */
  providerSignedUp(tx: EntityManager, ctx: RequestContext, signUp: ProviderSignUp): Promise<void>;
}

export const EnterpriseDirectoryPlugIn = plugInPoint();

/** The enterprises a person follows: those they are a member of, and those of the Areas they are Catalyst of. */
export interface FollowedEnterprises {
  memberOf: string[];
  /** Coached and not also a member of. */
  coaching: string[];
}

/** The one EnterpriseDirectory the process loaded; an error names the missing module when there is none. */
@Injectable()
export class EnterpriseDirectories {
  private found?: EnterpriseDirectory | null;

  constructor(private readonly plugIns: PlugIns) {}

  get directory(): EnterpriseDirectory {
    this.found ??= this.plugIns.find<EnterpriseDirectory>(EnterpriseDirectoryPlugIn)[0]?.instance ?? null;
    if (!this.found) throw new Error('No enterprise directory plugged in: is the CRM module loaded?');
    return this.found;
  }

  /** Whether one is loaded (a process without the CRM signs providers up without an enterprise). */
  get loaded(): boolean {
    return this.plugIns.find(EnterpriseDirectoryPlugIn).length > 0;
  }
}
