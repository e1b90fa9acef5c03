import { asStored, findUnstorableText, unstorableTextProblem } from './storable-text';

describe('text that cannot be stored', () => {
  it('finds lone surrogates and NUL, and nothing in well-formed text', () => {
    for (const bad of ['\ud800', 'a\udc00', '\udc00\ud800', 'x\u0000y', '\udbff']) expect(unstorableTextProblem(bad)).not.toBeNull();
    for (const good of ['', 'École', '👩‍💻', 'e\u0301', '\t\n\r', '\u0001', '\uffff', '\u{10ffff}']) expect(unstorableTextProblem(good)).toBeNull();
  });

  it("makes a lone surrogate or NUL a U+FFFD, as Node's UTF-8 encoding does, and leaves pairs alone", () => {
    expect(asStored('a\ud800b\udc00c😀\u0000')).toBe('a\ufffdb\ufffdc😀\ufffd');
    expect(Buffer.from('a\ud800b', 'utf8').toString('utf8')).toBe(asStored('a\ud800b'));
    for (const text of ['', 'plain', 'École', '😀😀', '\uffff']) expect(asStored(text)).toBe(text);
    for (const bad of ['\ud800', '\udfff', '\u0000', '😀\ud83d']) expect(asStored(bad)).not.toBe(bad);
  });

  it('names the path of the first bad text, in keys too, without recursion', () => {
    expect(findUnstorableText({ a: 'ok', b: ['ok', { c: 'bad \ud800' }] })).toEqual({ field: 'b.1.c', problem: expect.any(String) });
    expect(findUnstorableText({ ['k\u0000']: 1 })).toMatchObject({ field: 'body' });
    let deep: unknown = 'bad \u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorableText(deep)?.field).toMatch(/^0(\.0)+$/);
    expect(findUnstorableText({ n: 1, t: true, z: null })).toBeNull();
  });
});
