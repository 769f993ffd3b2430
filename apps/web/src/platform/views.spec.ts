import { formatMiles, formatPounds, formatPrice, govukStylesheet } from './views';

describe('view formatting', () => {
  it('shows money in pounds and pence, with thousands separated', () => {
    expect(formatPounds(1850)).toBe('£18.50');
    expect(formatPounds(2000)).toBe('£20.00');
    expect(formatPounds(5)).toBe('£0.05');
    expect(formatPounds(120000)).toBe('£1,200.00');
    expect(formatPounds(-500)).toBe('−£5.00');
  });

  it('says prices plainly: free, pay what you can, or pounds for a unit', () => {
    expect(formatPrice(0, 'SESSION')).toBe('Free');
    expect(formatPrice(0, 'PAY_WHAT_YOU_CAN')).toBe('Pay what you can');
    expect(formatPrice(1850, 'HOUR')).toBe('£18.50 an hour');
    expect(formatPrice(6000, 'DAY')).toBe('£60.00 a day');
  });

  it('shows distances to a tenth of a mile, in words when very near', () => {
    expect(formatMiles(0.04)).toBe('less than 0.1 miles');
    expect(formatMiles(1)).toBe('1 mile');
    expect(formatMiles(2.345)).toBe('2.3 miles');
  });
});

describe('govukStylesheet', () => {
  it('keeps the GDS Transport typeface out, using the system fonts instead', () => {
    const css = govukStylesheet();
    expect(css).not.toMatch(/GDS Transport/);
    expect(css).not.toMatch(/@font-face/);
    expect(css).toMatch(/font-family:system-ui/);
    expect(css).toMatch(/\.govuk-button/);
  });
});
