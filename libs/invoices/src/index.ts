export { InvoicesModule } from './invoices.module';
export { InvoicesCoreModule } from './invoices-core.module';
export { InvoiceIssuer } from './issuing/invoice-issuer';
export { MonthlyInvoicing } from './issuing/monthly-invoicing';
export { InvoiceQueries } from './invoice-queries';
export { Invoice, InvoiceLine, CreditNote } from './entities/invoice.entity';
export { invoicePdf } from './pdf/invoice-pdf';
