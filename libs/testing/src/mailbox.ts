import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  raw: string;
}

/** Reads the .eml files the worker's mail transport writes when no SMTP server is configured. */
export class Mailbox {
  constructor(readonly dir: string) {}

  async all(): Promise<ReceivedMail[]> {
    const files = await readdir(this.dir).catch(() => [] as string[]);
    const mails = await Promise.all(
      files
        .filter((file) => file.endsWith('.eml'))
        .sort()
        .map((file) => readFile(join(this.dir, file), 'utf8')),
    );
    return mails.map(parseMail);
  }

  /** The mails to this address (any case), with a subject matching `subject` when given, oldest first. */
  async to(to: string, subject?: RegExp): Promise<ReceivedMail[]> {
    return (await this.all()).filter(
      (mail) => mail.to.toLowerCase() === to.toLowerCase() && (!subject || subject.test(mail.subject)),
    );
  }

  async waitFor(to: string, subject?: RegExp, timeoutMs = 10_000): Promise<ReceivedMail> {
    return this.waitForMore(to, subject, 0, timeoutMs);
  }

  /** The newest such mail, once more than `seen` of them have arrived (a second invitation, say). */
  async waitForMore(
    to: string,
    subject: RegExp | undefined,
    seen: number,
    timeoutMs = 10_000,
  ): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await this.to(to, subject);
      if (found.length > seen) return found[found.length - 1];
      if (Date.now() > deadline) throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The `token=` value of the link in a mail. */
  static tokenIn(mail: ReceivedMail): string {
    const match = /token=([A-Za-z0-9_-]+)/.exec(mail.text);
    if (!match) throw new Error(`No token link in mail: ${mail.text}`);
    return match[1];
  }
}

function parseMail(raw: string): ReceivedMail {
  const [head, ...body] = raw.split('\n\n');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(head)?.[1]?.trim() ?? '';
  const text = decodeQuotedPrintable(body.join('\n\n'));
  return { to: header('To'), subject: header('Subject'), text, raw };
}

/** Quoted-printable to text: soft line breaks removed, =XX bytes gathered, then read as UTF-8. */
function decodeQuotedPrintable(encoded: string): string {
  const unfolded = encoded.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i += 1) {
    const hex = unfolded.slice(i + 1, i + 3);
    if (unfolded[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(unfolded[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
