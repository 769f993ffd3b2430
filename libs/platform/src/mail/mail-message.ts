/** A plain-text email: short, plain English, and it says what to do next. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}
