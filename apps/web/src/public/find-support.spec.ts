import { distanceInWords, districtOf, parseSearch, searchUrl } from './find-support';

describe('parseSearch', () => {
  it('searches nothing before a postcode is sent', () => {
    expect(parseSearch({})).toEqual({ kind: 'blank' });
  });

  it('turns the form into the API’s search input', () => {
    expect(
      parseSearch({
        postcode: ' TA1 1AA ',
        distance: '10',
        category: 'MEALS',
        words: 'soup',
        maxPrice: '£18.50',
        day: 'MONDAY',
        verifiedOnly: 'yes',
        after: 'abc',
      }),
    ).toEqual({
      kind: 'search',
      input: {
        postcode: 'TA1 1AA',
        radiusMiles: 10,
        category: 'MEALS',
        text: 'soup',
        maxPricePence: 1850,
        dayOfWeek: 'MONDAY',
        verifiedOnly: true,
      },
      after: 'abc',
    });
  });

  it('includes unverified services only when the box is not ticked', () => {
    const parsed = parseSearch({ postcode: 'TA1' });
    expect(parsed.kind === 'search' && parsed.input).toEqual({
      postcode: 'TA1',
      radiusMiles: 5,
      verifiedOnly: false,
    });
  });

  it('names each field that is wrong, in the order of the form', () => {
    const parsed = parseSearch({ postcode: '', distance: '7', maxPrice: 'lots', day: 'FUNDAY' });
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind !== 'invalid') return;
    expect(parsed.errors.summary.map((item) => item.href)).toEqual([
      '#postcode',
      '#distance',
      '#maxPrice',
      '#day',
    ]);
  });
});

describe('searchUrl', () => {
  it('keeps the search and moves to another page', () => {
    expect(searchUrl({ postcode: 'TA1 1AA', words: '', after: 'old' }, 'next')).toBe(
      '/find-support?postcode=TA1+1AA&after=next',
    );
  });
});

describe('distanceInWords', () => {
  it('says "in TA1" for the searcher’s own district, where only its centre is known', () => {
    expect(distanceInWords(0, 'TA1', 'TA1')).toBe('In TA1, your postcode district');
  });

  it('says "under 1 mile" rather than a false precision, and miles to a tenth beyond', () => {
    expect(distanceInWords(0.04, 'TA2', 'TA1')).toBe('Under 1 mile away (TA2)');
    expect(distanceInWords(1, 'TA3', 'TA1')).toBe('1 mile away (TA3)');
    expect(distanceInWords(12.345, 'EX1', 'TA1')).toBe('12.3 miles away (EX1)');
  });

  it('reads the district from a postcode however it is typed', () => {
    expect(districtOf('ta1 1aa')).toBe('TA1');
    expect(districtOf('SW1A1AA')).toBe('SW1A');
  });
});
