import { unauthenticated } from '../errors/app-error';
import { Role } from './role';

export interface AuthUser {
  id: string;
  roles: Role[];
}

/** Who is asking, from where, and when: handed first to every service method. */
export class RequestContext {
  constructor(
    readonly now: Date,
    readonly ip: string,
    readonly requestId: string,
    readonly user?: AuthUser,
  ) {}

  /** A context for work the system does on its own behalf (jobs, CLI, seeding). */
  static system(now = new Date()): RequestContext {
    return new RequestContext(now, '127.0.0.1', 'system');
  }

  withUser(user: AuthUser): RequestContext {
    return new RequestContext(this.now, this.ip, this.requestId, user);
  }

  get signedIn(): AuthUser {
    if (!this.user) throw unauthenticated();
    return this.user;
  }

  hasRole(role: Role): boolean {
    return this.user?.roles.includes(role) ?? false;
  }
}
