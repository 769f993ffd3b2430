import { Inject, Injectable, Logger } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MailMessage } from './mail-message';

/**
 * Delivers mail: over SMTP when SMTP_URL is set, otherwise (outside production) into a folder as .eml
 * files, so a developer can read what would have been sent.
 */
@Injectable()
export class MailTransport {
  private readonly logger = new Logger('Mail');
  private readonly transporter: Transporter;
  private readonly toFolder: boolean;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.toFolder = !config.smtpUrl;
    this.transporter = config.smtpUrl
      ? nodemailer.createTransport(config.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async deliver(message: MailMessage, id: string): Promise<void> {
    const info = await this.transporter.sendMail({ from: this.config.mailFrom, ...message });
    if (this.toFolder) {
      await mkdir(this.config.mailDir, { recursive: true });
      const file = join(this.config.mailDir, `${Date.now()}-${id}.eml`);
      await writeFile(file, (info as unknown as { message: Buffer }).message);
      this.logger.log({ to: message.to, subject: message.subject, file }, 'mail written to folder');
    }
  }

  close(): void {
    this.transporter.close();
  }
}
