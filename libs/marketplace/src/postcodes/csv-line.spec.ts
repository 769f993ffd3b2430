import { CsvLineError, splitCsvLine } from './csv-line';

describe('splitCsvLine', () => {
  it('splits plain fields, keeping empty ones and surrounding spaces', () => {
    expect(splitCsvLine('S63,444500,402600,53.51794,-1.32879,,Barnsley,North West ')).toEqual([
      'S63',
      '444500',
      '402600',
      '53.51794',
      '-1.32879',
      '',
      'Barnsley',
      'North West ',
    ]);
    expect(splitCsvLine('')).toEqual(['']);
    expect(splitCsvLine('a,')).toEqual(['a', '']);
    expect(splitCsvLine(',')).toEqual(['', '']);
  });

  it('keeps commas and doubled quotes inside quoted fields', () => {
    expect(splitCsvLine('IM1,237942,"Douglas, Braddan",IOM')).toEqual([
      'IM1',
      '237942',
      'Douglas, Braddan',
      'IOM',
    ]);
    expect(splitCsvLine('"TA1 1AA","say ""hello""",""')).toEqual(['TA1 1AA', 'say "hello"', '']);
    expect(splitCsvLine('"a","b"')).toEqual(['a', 'b']);
    expect(splitCsvLine('"",x')).toEqual(['', 'x']);
  });

  it('refuses a quote left open, text after a closing quote, and a stray quote', () => {
    expect(() => splitCsvLine('"TA1 1AA,1,2')).toThrow(CsvLineError);
    expect(() => splitCsvLine('"TA1" 1AA,1,2')).toThrow(/after the closing quote/);
    expect(() => splitCsvLine('TA1 "1AA",1,2')).toThrow(/quote inside an unquoted field/);
  });
});
