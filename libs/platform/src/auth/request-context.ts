import DataLoader from 'dataloader';
import { unauthenticated } from '../errors/app-error';
import { Role } from './role';

export interface AuthUser {
  id: string;
  roles: Role[];
  /** When the access token was issued (seconds since the epoch), for revocations. */
  issuedAt?: number;
}

/** Who is asking, from where, and when: handed first to every service method. */
export class RequestContext {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

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

  /**
   * One DataLoader per name per request, so every field of a list resolves with one batched query
   * (no N+1) and nothing cached outlives the request.
   */
  loader<V>(
    name: string,
    batch: (keys: readonly string[]) => Promise<Map<string, V>>,
    missing: V,
  ): DataLoader<string, V> {
    let loader = this.loaders.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(async (keys) => {
        const found = await batch(keys);
        return keys.map((key) => (found.has(key) ? found.get(key)! : missing));
      });
      this.loaders.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  hasRole(role: Role): boolean {
    return this.user?.roles.includes(role) ?? false;
  }
}
