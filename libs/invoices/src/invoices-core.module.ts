import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsCoreModule } from '@small-places/bookings';
import { BudgetsCoreModule } from '@small-places/budgets';
import { IdentityCoreModule } from '@small-places/identity';
import { NotificationsCoreModule } from '@small-places/notifications';
import { CreditNote, Invoice, InvoiceLine, InvoiceSettings } from './entities/invoice.entity';
import { InvoiceAccess } from './invoice-access';
import { InvoiceQueries } from './invoice-queries';
import { InvoicedBookingsProvider } from './invoiced-bookings.provider';
import { CreditNotes } from './issuing/credit-notes';
import { InvoiceIssuer } from './issuing/invoice-issuer';
import { InvoiceSettingsService } from './issuing/invoice-settings.service';
import { MonthlyInvoicing } from './issuing/monthly-invoicing';
import { InvoicePayments } from './paying/invoice-payments';
import { OverdueReminders } from './paying/overdue-reminders';
import { InvoiceReceiptReferences } from './paying/invoice-receipt-references';

/** Invoices without GraphQL or HTTP: for the worker (monthly issuing, overdue reminders) and the CLI. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Invoice, InvoiceLine, CreditNote, InvoiceSettings]),
    IdentityCoreModule,
    NotificationsCoreModule,
    BookingsCoreModule,
    BudgetsCoreModule,
  ],
  providers: [
    InvoiceAccess,
    InvoiceIssuer,
    InvoiceQueries,
    InvoicePayments,
    CreditNotes,
    InvoiceSettingsService,
    MonthlyInvoicing,
    OverdueReminders,
    InvoicedBookingsProvider,
    InvoiceReceiptReferences,
  ],
  exports: [
    InvoiceAccess,
    InvoiceIssuer,
    InvoiceQueries,
    InvoicePayments,
    CreditNotes,
    InvoiceSettingsService,
    MonthlyInvoicing,
  ],
})
export class InvoicesCoreModule {}
