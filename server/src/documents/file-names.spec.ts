import { contentDisposition, extensionOf, MAX_FILE_NAME, sanitiseFileName } from './file-names';

describe('sanitiseFileName', () => {
  it.each([
    ['Surat rasmi.pdf', 'Surat rasmi.pdf'],
    ['C:\\Users\\officer\\MoU.pdf', 'MoU.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['  spaced out.pdf  ', 'spaced out.pdf'],
    ['line\r\nbreak.pdf', 'linebreak.pdf'],
    ['nul\u0000and\u0007bell.pdf', 'nulandbell.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'], // a right-to-left override would show it as "invoiceexe.pdf"
    ['..', ''],
    ['.hidden.pdf', 'hidden.pdf'],
    [undefined, ''],
    ['Kuala Lumpur – Tashkent ñ.docx', 'Kuala Lumpur – Tashkent ñ.docx'],
    ['cafe\u0301.pdf', 'café.pdf'], // normalised to NFC
  ])('%j → %j', (raw, expected) => {
    expect(sanitiseFileName(raw)).toBe(expected);
  });

  it('cuts a long name to 255 characters, keeping the extension and never splitting a character', () => {
    const long = `${'😀'.repeat(300)}.pdf`;
    const name = sanitiseFileName(long);
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME);
    expect(name.endsWith('😀.pdf')).toBe(true);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('extensionOf', () => {
  it.each([
    ['a.PDF', 'pdf'],
    ['archive.tar.gz', 'gz'],
    ['noext', ''],
    ['.pdf', ''],
    ['trailing.', ''],
  ])('%s → %j', (name, ext) => expect(extensionOf(name)).toBe(ext));
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact name percent-encoded', () => {
    expect(contentDisposition('Surat rasmi ñ.pdf')).toBe(`attachment; filename="Surat rasmi n.pdf"; filename*=UTF-8''Surat%20rasmi%20%C3%B1.pdf`);
    expect(contentDisposition("it's (final) *v2*.pdf")).toBe(
      `attachment; filename="it's (final) *v2*.pdf"; filename*=UTF-8''it%27s%20%28final%29%20%2Av2%2A.pdf`,
    );
    expect(contentDisposition('東京.pdf')).toBe(`attachment; filename="__.pdf"; filename*=UTF-8''%E6%9D%B1%E4%BA%AC.pdf`);
  });

  it('lets nothing in the name end the quoted string or the header', () => {
    const header = contentDisposition('a"b\\c%d\r\nSet-Cookie: x=1.pdf');
    expect(header).toBe(`attachment; filename="a_b_c_dSet-Cookie: x=1.pdf"; filename*=UTF-8''a%22b%5Cc%25dSet-Cookie%3A%20x%3D1.pdf`);
    expect(header).not.toMatch(/[\r\n]/);
    expect(contentDisposition('\r\n')).toBe(`attachment; filename="document"; filename*=UTF-8''document`);
  });
});
