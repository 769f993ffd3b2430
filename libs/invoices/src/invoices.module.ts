import { Module } from '@nestjs/common';
import { BookingsCoreModule } from '@small-places/bookings';
import { BudgetsCoreModule } from '@small-places/budgets';
import { IdentityModule } from '@small-places/identity';
import { AuditPackController } from './audit-pack/audit-pack.controller';
import { AuditPackService } from './audit-pack/audit-pack.service';
import { BookingInvoiceResolver } from './booking-invoice.resolver';
import { InvoicePersonalData } from './invoice-personal-data';
import { InvoiceResolver } from './invoice.resolver';
import { InvoicesCoreModule } from './invoices-core.module';
import { InvoicePdfController } from './pdf/invoice-pdf.controller';

/** The API's side of invoices: GraphQL, the invoice PDF and the audit pack. */
@Module({
  imports: [InvoicesCoreModule, IdentityModule, BookingsCoreModule, BudgetsCoreModule],
  controllers: [InvoicePdfController, AuditPackController],
  providers: [InvoiceResolver, BookingInvoiceResolver, AuditPackService, InvoicePersonalData],
  exports: [InvoicesCoreModule],
})
export class InvoicesModule {}
