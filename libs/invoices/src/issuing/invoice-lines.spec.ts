import { InvoiceableBooking } from '@small-places/bookings';
import { PriceUnit } from '@small-places/marketplace';
import { invoiceLines, money } from './invoice-lines';

const booking = (id: string, start: string, minutes: number, costPence: number, priceUnit: PriceUnit) =>
  ({
    id,
    enterpriseId: 'e',
    holderId: 'h',
    budgetId: null,
    startsAt: new Date(start),
    endsAt: new Date(new Date(start).getTime() + minutes * 60_000),
    costPence,
    delivered: true,
    visitState: null,
    service: 'Companionship',
    priceUnit,
  }) as InvoiceableBooking;

describe('invoiceLines', () => {
  it.each([
    ['90 minutes at £18 an hour', 90, 2700, PriceUnit.HOUR, '1.5 hours', 1800],
    ['one hour', 60, 1800, PriceUnit.HOUR, '1 hour', 1800],
    ['a session', 120, 4000, PriceUnit.SESSION, '1 session', 4000],
    ['a day', 480, 9000, PriceUnit.DAY, '1 day', 9000],
  ])('%s', (_name, minutes, cost, unit, quantity, unitPrice) => {
    const [line] = invoiceLines([booking('a', '2027-01-05T10:00:00Z', minutes, cost, unit)]);
    expect(line).toMatchObject({
      quantityText: quantity,
      unitPricePence: unitPrice,
      amountPence: cost,
      position: 1,
    });
  });

  it('orders lines by time and shows London dates and times (summer time too)', () => {
    const lines = invoiceLines([
      booking('late', '2027-07-01T09:00:00Z', 60, 1800, PriceUnit.HOUR),
      booking('early', '2027-06-30T23:30:00Z', 60, 1800, PriceUnit.HOUR),
    ]);
    expect(lines.map((line) => [line.bookingId, line.position, line.deliveredOn, line.timeText])).toEqual([
      ['early', 1, '2027-07-01', '00:30 to 01:30'],
      ['late', 2, '2027-07-01', '10:00 to 11:00'],
    ]);
  });

  it('writes money in pounds', () => {
    expect([money(123450), money(5), money(-2700)]).toEqual(['£1,234.50', '£0.05', '-£27.00']);
  });
});
