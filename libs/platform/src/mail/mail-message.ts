import { MailLinkRef } from './mail-links';

/** A plain-text email: short, plain English, and it says what to do next. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** A secret link made at send time and put where the text says `{{link}}` (see mail-links.ts). */
  link?: MailLinkRef;
}
