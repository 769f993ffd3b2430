import { formatMiles, formatPounds, govukStylesheet } from './views';

describe('view formatting', () => {
  it('shows money in pounds, with pence only when there are some', () => {
    expect(formatPounds(1850)).toBe('£18.50');
    expect(formatPounds(2000)).toBe('£20');
    expect(formatPounds(5)).toBe('£0.05');
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
