import { Injectable } from '@nestjs/common';
import { Database, isUuid, notFound, RequestContext } from '@small-places/platform';
import { InvoiceSettings } from '../entities/invoice.entity';
import { InvoiceAccess } from '../invoice-access';
import { InvoiceSettingsInput } from '../dto/invoice.inputs';
import { DEFAULT_DUE_DAYS } from './invoice-issuer';

/** An enterprise's invoicing choices: days to pay, and whether the worker invoices each holder monthly. */
@Injectable()
export class InvoiceSettingsService {
  constructor(
    private readonly db: Database,
    private readonly access: InvoiceAccess,
  ) {}

  async get(ctx: RequestContext, enterpriseId: string): Promise<InvoiceSettings> {
    if (!isUuid(enterpriseId)) throw notFound('That enterprise');
    await this.access.requireMember(this.db.manager, ctx, enterpriseId);
    return (
      (await this.db.manager.getRepository(InvoiceSettings).findOne({ where: { enterpriseId } })) ?? {
        enterpriseId,
        monthlyIssuing: false,
        dueDays: DEFAULT_DUE_DAYS,
      }
    );
  }

  async set(ctx: RequestContext, input: InvoiceSettingsInput): Promise<InvoiceSettings> {
    if (!isUuid(input.enterpriseId)) throw notFound('That enterprise');
    return this.db.transaction(async (tx) => {
      await this.access.requireMember(tx, ctx, input.enterpriseId);
      const repository = tx.getRepository(InvoiceSettings);
      const settings = repository.create({
        enterpriseId: input.enterpriseId,
        monthlyIssuing: input.monthlyIssuing,
        dueDays: input.dueDays ?? DEFAULT_DUE_DAYS,
      });
      await repository.upsert(settings, ['enterpriseId']);
      return settings;
    });
  }
}
