import { safeFileName } from './evidence-rules';

describe('safeFileName', () => {
  it.each([
    ['DBS certificate.pdf', 'application/pdf', 'DBS certificate.pdf'],
    ['../../etc/passwd.pdf', 'application/pdf', 'passwd.pdf'],
    ['C:\\Users\\ann\\IMG_0001.HEIC', 'image/heic', 'IMG_0001.heic'],
    ['photo.png', 'image/jpeg', 'photo.jpg'],
    ['evil"; filename=x.exe', 'application/pdf', 'evil- filename-x.pdf'],
    ['line\r\nbreak.pdf', 'application/pdf', 'line-break.pdf'],
    ['.pdf', 'application/pdf', 'evidence.pdf'],
    [undefined, 'image/png', 'evidence.png'],
    ['Zoë’s insurance.pdf', 'application/pdf', 'Zoë-s insurance.pdf'],
  ])('%j as %s reads %j', (name, type, expected) => {
    expect(safeFileName(name, type)).toBe(expected);
  });

  it('keeps at most 100 characters before the extension', () => {
    expect(safeFileName(`${'a'.repeat(300)}.pdf`, 'application/pdf')).toBe(`${'a'.repeat(100)}.pdf`);
  });
});
