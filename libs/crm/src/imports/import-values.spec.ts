import {
  parseActivities,
  parseEmail,
  parseLegalStructure,
  parsePostcode,
  parseStage,
  parseUkDate,
  parseYesNo,
  unprotectCell,
} from './import-values';

describe('parseUkDate', () => {
  it.each([
    ['01/03/2027', '2027-03-01'],
    ['1/3/2027', '2027-03-01'],
    ['1-3-27', '2027-03-01'],
    ['01.03.2027', '2027-03-01'],
    ['1 March 2027', '2027-03-01'],
    ['1st Mar 2027', '2027-03-01'],
    ['21 sept 2026', '2026-09-21'],
    ['2027-03-01', '2027-03-01'],
    ['2027-03-01T00:00:00.000Z', '2027-03-01'],
    ['46447', '2027-03-01'],
    [' 29/02/2028 ', '2028-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseUkDate(text)).toEqual({ value: iso });
  });

  it.each(['31/02/2027', '13/13/2027', 'next Tuesday', '2027/03', '03 Smarch 2027', '123'])(
    'refuses %s, saying what to write',
    (text) => {
      expect(parseUkDate(text)).toEqual({ problem: expect.stringContaining('01/03/2027') });
    },
  );
});

describe('parseLegalStructure', () => {
  it.each([
    ['sole trader', 'SOLE_TRADER'],
    ['Self-employed', 'SOLE_TRADER'],
    ['Ltd', 'LIMITED_COMPANY'],
    ['Ltd.', 'LIMITED_COMPANY'],
    ['limited company', 'LIMITED_COMPANY'],
    ['CIC', 'CIC'],
    ['Community Interest Company', 'CIC'],
    ['Co-op', 'COOPERATIVE'],
    ['co-operative', 'COOPERATIVE'],
    ['PARTNERSHIP', 'PARTNERSHIP'],
    ['community group', 'UNINCORPORATED'],
  ])('reads %s as %s', (text, structure) => {
    expect(parseLegalStructure(text)).toEqual({ value: structure });
  });

  it('refuses what it does not know, listing the choices', () => {
    expect(parseLegalStructure('charity shop')).toEqual({ problem: expect.stringContaining('sole trader') });
  });
});

describe('parseActivities', () => {
  it.each([
    ['personal care', ['PERSONAL_CARE']],
    ['Meals, Personal Care', ['PERSONAL_CARE', 'MEALS']],
    ['lunch club and befriending', ['COMPANIONSHIP', 'MEALS']],
    ['TRANSPORT; shared lives', ['TRANSPORT', 'SHARED_LIVES']],
    ['cleaning / shopping', ['HOME_HELP']],
    ['', []],
  ])('reads %s', (text, activities) => {
    expect(parseActivities(text)).toEqual({ value: activities });
  });

  it('names the word it does not know', () => {
    expect(parseActivities('meals, juggling')).toEqual({ problem: expect.stringContaining('“juggling”') });
  });
});

describe('parsePostcode, parseYesNo, parseStage, parseEmail', () => {
  it.each(['ta11aa', 'TA1 1AA', ' ta1   1aa '])('reads postcode %s in any spacing', (text) => {
    expect(parsePostcode(text)).toEqual({ value: 'TA1 1AA' });
  });
  it('refuses a postcode that is not one', () => {
    expect(parsePostcode('Taunton')).toEqual({ problem: expect.stringContaining('TA1 1AA') });
  });
  it.each([
    ['YES', true],
    ['y', true],
    ['True', true],
    ['x', true],
    ['no', false],
    ['N', false],
    ['FALSE', false],
  ])('reads %s as %s', (text, value) => {
    expect(parseYesNo(text)).toEqual({ value });
  });
  it('refuses maybe', () => expect(parseYesNo('maybe')).toEqual({ problem: 'Write yes or no.' }));
  it.each([
    ['Setting up', 'SETTING_UP'],
    ['TRADING', 'TRADING'],
    ['enquiry', 'ENQUIRY'],
  ])('reads stage %s', (text, stage) => expect(parseStage(text)).toEqual({ value: stage }));
  it('lower-cases emails and refuses non-emails', () => {
    expect(parseEmail(' Fran@Example.ORG ')).toEqual({ value: 'fran@example.org' });
    expect(parseEmail('fran at example')).toEqual({ problem: expect.stringContaining('name@example.org') });
  });
  it('reads back a cell the rejected-rows file protected from formulas', () => {
    expect(unprotectCell("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unprotectCell("'-5")).toBe('-5');
    expect(unprotectCell("O'Brien")).toBe("O'Brien");
  });
});
