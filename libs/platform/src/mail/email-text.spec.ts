import { bodyForEmail, EMAIL_QUOTE_MAX_LENGTH, quoteInEmail } from './email-text';

describe('quoteInEmail', () => {
  it.each([
    ['Mum’s direct payment', 'Mum’s direct payment'],
    ['two\nlines\r\nhere', 'two lines here'],
    ['Click https://evil.example/login now', 'Click evil. example/login now'],
    ['visit www.pay-me.example', 'visit www. pay-me. example'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['ftp://files', 'files'],
    ['mail me: someone@bad.example', 'mail me: someone@bad. example'],
    ['  spaced \t out  ', 'spaced out'],
    ['zero\u200bwidth\u202eflip', 'zero width flip'],
    ['£12.50 a week', '£12.50 a week'],
    ['End of sentence. Next', 'End of sentence. Next'],
  ])('%j → %j', (input, expected) => {
    expect(quoteInEmail(input)).toBe(expected);
  });

  it('caps the length with an ellipsis, counting characters not code units', () => {
    const long = '😀'.repeat(EMAIL_QUOTE_MAX_LENGTH + 10);
    const quoted = quoteInEmail(long);
    expect([...quoted]).toHaveLength(EMAIL_QUOTE_MAX_LENGTH);
    expect(quoted.endsWith('…')).toBe(true);
    expect(quoteInEmail('abcdef', 4)).toBe('abc…');
  });

  it('never leaves a scheme or a clickable dotted host', () => {
    const quoted = quoteInEmail('HTTPS://a.b.c\nHTTP://x.y');
    expect(quoted).not.toMatch(/:\/\//);
    expect(quoted).not.toMatch(/\.[a-z]/i);
  });
});

describe('bodyForEmail', () => {
  it('keeps paragraphs, drops control characters, and defangs links a person wrote', () => {
    expect(bodyForEmail('Hello\r\n\nPay at https://pay.example/now\u0007 please')).toBe(
      'Hello\n\nPay at pay. example/now  please',
    );
  });

  it('keeps the catalogue’s own guidance links, and only those', () => {
    const text = 'Guidance: renew it. More at https://www.gov.uk/dbs-update-service.';
    expect(bodyForEmail(text)).toBe(text);
    expect(bodyForEmail('More at https://ico.org.uk/fee')).toBe('More at https://ico.org.uk/fee');
    expect(bodyForEmail('See https://www.gov.uk.evil.example/x')).toBe('See www. gov. uk. evil. example/x');
    expect(bodyForEmail('See http://www.gov.uk/x')).toBe('See www. gov. uk/x');
  });
});
