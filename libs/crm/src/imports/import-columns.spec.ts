import { ImportField, matchHeaders, missingRequiredFields, normaliseHeader } from './import-columns';
import { readRow } from './import-row';

describe('matchHeaders', () => {
  it.each([
    ['Business name', ImportField.NAME],
    ['Organisation', ImportField.NAME],
    ['ORGANIZATION NAME', ImportField.NAME],
    ['Post code', ImportField.POSTCODE],
    ['post-code', ImportField.POSTCODE],
    ['Type of business', ImportField.LEGAL_STRUCTURE],
    ['Trading from', ImportField.TRADING_START],
    ['E-mail', ImportField.FOUNDER_EMAIL],
    ['Employers’ liability insurance expiry', ImportField.EMPLOYERS_LIABILITY_EXPIRES],
    ['Insurance renewal date', ImportField.PUBLIC_LIABILITY_EXPIRES],
    ['DBS date', ImportField.FOUNDER_DBS_ISSUED],
    ['Favourite colour', null],
  ])('matches %s to %s', (header, field) => {
    expect(matchHeaders([header])).toEqual([field]);
  });

  it('feeds a field from its first column only, and lets the Area’s remembered matching win', () => {
    expect(matchHeaders(['Email', 'Contact email'])).toEqual([ImportField.FOUNDER_EMAIL, null]);
    expect(
      matchHeaders(['Client', 'Email'], { [normaliseHeader('Client')]: ImportField.NAME, email: null }),
    ).toEqual([ImportField.NAME, null]);
  });

  it('names the required fields nothing feeds', () => {
    expect(missingRequiredFields(matchHeaders(['Name'])).map((column) => column.header)).toEqual([
      'Postcode',
      'Founder name',
    ]);
  });
});

describe('readRow', () => {
  const headers = ['Business name', 'Post code', 'Type of business', 'Owner', 'ICO fee paid', 'Staff'];
  const matched = matchHeaders(headers);

  it('reads what people type', () => {
    expect(
      readRow(headers, matched, ['Village Care', 'ta11aa', 'Ltd', 'Fran', '1 March 2026', 'Y'], '2026-12-07'),
    ).toEqual({
      enterprise: {
        name: 'Village Care',
        postcode: 'TA1 1AA',
        legalStructure: 'LIMITED_COMPANY',
        founderName: 'Fran',
        icoFeePaidOn: '2026-03-01',
        employsStaff: true,
      },
    });
  });

  it('names the column and says what to write instead, for each problem', () => {
    expect(
      readRow(headers, matched, ['', 'Taunton', 'charity', 'Fran', '1 March 2030', 'maybe'], '2026-12-07'),
    ).toEqual({
      problems: [
        {
          column: 'Post code',
          message: '“Taunton” is not right. Write a full UK postcode, such as TA1 1AA.',
        },
        { column: 'Type of business', message: expect.stringContaining('Write one of: sole trader') },
        { column: 'Staff', message: '“maybe” is not right. Write yes or no.' },
        { column: 'Business name', message: 'This is empty. The enterprise’s name, e.g. Village Care.' },
        { column: 'ICO fee paid', message: expect.stringContaining('2030-03-01 is in the future') },
      ],
    });
  });
});
