import { randomBytes } from 'node:crypto';

export type Role = 'ADMIN' | 'BUDGET_HOLDER' | 'CATALYST' | 'DELEGATE' | 'PROVIDER';

export interface SignedInUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
}

export interface ApiTokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds at which the access token stops working (from its `exp`). */
  accessExpiresAt: number;
}

/** "What happens next", shown once on the page after an action. */
export interface FlashMessage {
  title: string;
  html?: string;
  text?: string;
  success?: boolean;
  /** Where to see what the message is about, as a link after the text. */
  link?: { href: string; text: string };
}

/** What a form posted and what was wrong with it, kept for the GET that follows the redirect. */
export interface SavedForm {
  values: Record<string, string | string[]>;
  errors: FormErrors;
}

export interface FormErrors {
  /** govukErrorSummary's errorList. */
  summary: { text: string; href: string }[];
  /** errorMessage params for each field, by the field's id. */
  fields: Record<string, { text: string }>;
}

export interface SessionData {
  csrfToken: string;
  user?: SignedInUser;
  tokens?: ApiTokens;
  flash?: FlashMessage;
  forms?: Record<string, SavedForm>;
}

/** One visitor's session: data kept in Redis under a random id that only their cookie carries. */
export class WebSession {
  private changed: boolean;

  constructor(
    public id: string,
    private data: SessionData,
    isNew: boolean,
  ) {
    this.changed = isNew;
  }

  static create(): WebSession {
    return new WebSession(newSessionId(), { csrfToken: newSessionId() }, true);
  }

  get isDirty(): boolean {
    return this.changed;
  }

  get csrfToken(): string {
    return this.data.csrfToken;
  }

  get user(): SignedInUser | undefined {
    return this.data.user;
  }

  get tokens(): ApiTokens | undefined {
    return this.data.tokens;
  }

  hasRole(...roles: Role[]): boolean {
    return roles.some((role) => this.data.user?.roles.includes(role));
  }

  /**
   * A new id and CSRF token at every sign-in and sign-out, so an id or token seen before (session
   * fixation) is worth nothing afterwards. The caller's store deletes the old key.
   */
  signIn(user: SignedInUser, tokens: ApiTokens): string {
    const previousId = this.rotate();
    this.data.user = user;
    this.data.tokens = tokens;
    return previousId;
  }

  signOut(): string {
    const previousId = this.rotate();
    delete this.data.user;
    delete this.data.tokens;
    delete this.data.forms;
    return previousId;
  }

  replaceTokens(tokens: ApiTokens): void {
    this.data.tokens = tokens;
    this.changed = true;
  }

  setFlash(message: FlashMessage): void {
    this.data.flash = message;
    this.changed = true;
  }

  takeFlash(): FlashMessage | undefined {
    const flash = this.data.flash;
    if (flash) {
      delete this.data.flash;
      this.changed = true;
    }
    return flash;
  }

  saveForm(name: string, form: SavedForm): void {
    this.data.forms = { ...this.data.forms, [name]: form };
    this.changed = true;
  }

  takeForm(name: string): SavedForm | undefined {
    const form = this.data.forms?.[name];
    if (form) {
      delete this.data.forms?.[name];
      this.changed = true;
    }
    return form;
  }

  serialise(): string {
    return JSON.stringify(this.data);
  }

  markSaved(): void {
    this.changed = false;
  }

  private rotate(): string {
    const previousId = this.id;
    this.id = newSessionId();
    this.data.csrfToken = newSessionId();
    this.changed = true;
    return previousId;
  }
}

function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}
