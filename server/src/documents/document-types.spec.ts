import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { detectType, nameConflict, zipEntryNames } from './document-types';

/** A ZIP archive with empty stored entries: enough for the table of contents. */
function zip(names: string[], comment = ''): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const bytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(bytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(bytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, bytes);
    centrals.push(central, bytes);
    offset += 30 + bytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  return Buffer.concat([...locals, directory, end, Buffer.from(comment)]);
}

describe('document type detection', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klch-types-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const detect = (bytes: Buffer) => {
    const file = path.join(dir, `f${Math.random()}`);
    fs.writeFileSync(file, bytes);
    return detectType(file, bytes.subarray(0, 8), bytes.length);
  };

  it.each([
    ['%PDF-1.4 …', Buffer.from('%PDF-1.4\n'), 'pdf'],
    ['PNG signature', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'png'],
    ['JPEG SOI', Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0]), 'jpeg'],
    ['ZIP with word/', zip(['[Content_Types].xml', 'word/document.xml']), 'docx'],
    ['ZIP with xl/', zip(['[Content_Types].xml', 'xl/workbook.xml']), 'xlsx'],
    ['ZIP with a comment after the end record', zip(['xl/workbook.xml'], 'made by a tool'), 'xlsx'],
  ])('recognises %s', async (_label, bytes, type) => {
    expect(await detect(bytes)).toEqual({ type });
  });

  it.each([
    ['text', Buffer.from('hello')],
    ['an executable', Buffer.from('MZ\x90\x00')],
    ['a truncated PNG signature', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
    ['a PDF marker that is not at the start', Buffer.from(' %PDF-1.4')],
    ['a plain ZIP', zip(['notes.txt'])],
    ['a ZIP with both word/ and xl/', zip(['word/document.xml', 'xl/workbook.xml'])],
    ['a ZIP whose table of contents is cut off', zip(['word/document.xml']).subarray(0, 40)],
    ['a macro-enabled workbook', zip(['xl/workbook.xml', 'xl/vbaProject.bin'])],
  ])('refuses %s', async (_label, bytes) => {
    expect(await detect(bytes)).toEqual({ refused: expect.any(String) });
  });

  it('reads a ZIP table of contents and refuses an inconsistent one', async () => {
    const file = path.join(dir, 'toc.zip');
    const bytes = zip(['a.txt', 'word/document.xml']);
    fs.writeFileSync(file, bytes);
    expect(await zipEntryNames(file, bytes.length)).toEqual(['a.txt', 'word/document.xml']);
    const lying = Buffer.from(bytes);
    lying.writeUInt32LE(0xfffffff0, lying.length - 6); // directory offset beyond the file
    fs.writeFileSync(file, lying);
    expect(await zipEntryNames(file, lying.length)).toBeNull();
  });

  it('says when a name contradicts the content, not when it fits or has no extension', () => {
    expect(nameConflict('x.pdf', 'png')).toMatch(/named "x\.pdf" but its content is a PNG image.*Rename it to \.png/);
    expect(nameConflict('photo.JPEG', 'jpeg')).toBeNull();
    expect(nameConflict('photo.jpg', 'jpeg')).toBeNull();
    expect(nameConflict('scan', 'pdf')).toBeNull();
    expect(nameConflict('report.docx', 'xlsx')).toMatch(/Excel workbook/);
  });
});
