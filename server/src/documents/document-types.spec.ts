import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { detectType, nameConflict } from './document-types';
import { contentTypeDeclarations, isMacroContentType, MACRO_CONTENT_TYPES } from './macro-content-types';
import { zipEntries } from './zip-archive';

type Entry = string | { data: string; deflate?: boolean };

/**
 * A ZIP archive: a name alone is an empty stored entry (enough for the table of contents); with
 * data, the entry holds it, deflated as Office writes it when asked. CRCs are left 0: nothing reads them.
 */
function zip(entries: Entry[] | Record<string, Entry>, comment = ''): Buffer {
  const list: Array<[string, Entry]> = Array.isArray(entries) ? entries.map((name) => [name as string, '']) : Object.entries(entries);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, entry] of list) {
    const bytes = Buffer.from(name);
    const raw = Buffer.from(typeof entry === 'string' ? entry : entry.data);
    const deflate = typeof entry !== 'string' && entry.deflate === true;
    const data = deflate ? deflateRawSync(raw) : raw;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(bytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(bytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, bytes, data);
    centrals.push(central, bytes);
    offset += 30 + bytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(list.length, 8);
  end.writeUInt16LE(list.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  return Buffer.concat([...locals, directory, end, Buffer.from(comment)]);
}

/** A [Content_Types].xml as Word writes it, with extra declarations. */
const contentTypes = (...declarations: string[]) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  declarations.join('') +
  '</Types>';

const docx = (types: string, more: Record<string, Entry> = {}) =>
  zip({ '[Content_Types].xml': { data: types, deflate: true }, 'word/document.xml': '<w:document/>', ...more });

/** The same archive with every entry flagged encrypted (bit 0 of the general-purpose flags). */
function encrypted(archive: Buffer): Buffer {
  const copy = Buffer.from(archive);
  for (let at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    copy.writeUInt16LE(copy.readUInt16LE(at + 8) | 1, at + 8);
  }
  return copy;
}

/** The same archive with every entry claiming to be 100 bytes uncompressed: a zip bomb's lie. */
function understated(archive: Buffer): Buffer {
  const copy = Buffer.from(archive);
  for (let at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    copy.writeUInt32LE(100, at + 24);
  }
  return copy;
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
    ['ZIP with a comment after the end record', zip(['[Content_Types].xml', 'xl/workbook.xml'], 'made by a tool'), 'xlsx'],
    ['a Word document with a deflated [Content_Types].xml and plain parts', docx(contentTypes()), 'docx'],
    [
      'a Word document with an embedded workbook and a .bin printer setting',
      docx(
        contentTypes(
          '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.printerSettings"/>',
          '<Override PartName="/word/embeddings/Sheet1.xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>',
        ),
        { 'word/printerSettings1.bin': 'printer' },
      ),
      'docx',
    ],
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
    ['a macro-enabled workbook', zip(['[Content_Types].xml', 'xl/workbook.xml', 'xl/vbaProject.bin'])],
    ['a Word document without [Content_Types].xml', zip(['word/document.xml'])],
    ['an encrypted [Content_Types].xml', encrypted(docx(contentTypes()))],
    ['a [Content_Types].xml that inflates beyond 1 MB', docx(contentTypes(`<!--${'x'.repeat(1024 * 1024)}-->`))],
    [
      'a [Content_Types].xml that inflates beyond 1 MB though it says it is small',
      understated(docx(contentTypes(`<!--${'x'.repeat(1024 * 1024)}-->`))),
    ],
  ])('refuses %s', async (_label, bytes) => {
    expect(await detect(bytes)).toEqual({ refused: expect.any(String) });
  });

  describe('macros declared by content type, whatever the part is called', () => {
    const vba = '<Override PartName="/word/foo.bin" ContentType="application/vnd.ms-office.vbaProject"/>';
    it.each([
      [
        'the VBA project renamed foo.bin',
        docx(contentTypes(vba), { 'word/foo.bin': 'macro' }),
        '/word/foo.bin as application/vnd.ms-office.vbaProject',
      ],
      [
        'every .bin declared a VBA project',
        docx(contentTypes('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>')),
        '*.bin',
      ],
      [
        'a macro-enabled main part (a .docm renamed .docx)',
        docx(contentTypes('<Override PartName="/word/main.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>')),
        'macroEnabled',
      ],
      [
        'an ActiveX control',
        docx(contentTypes('<Override PartName="/word/activeX/activeX1.xml" ContentType="application/vnd.ms-office.activeX+xml"/>')),
        'activeX',
      ],
      [
        'an Excel 4.0 macro sheet',
        zip({
          '[Content_Types].xml': contentTypes(
            '<Override PartName="/xl/macrosheets/sheet1.xml" ContentType="application/vnd.ms-excel.macrosheet+xml"/>',
          ),
          'xl/workbook.xml': '<workbook/>',
        }),
        'macrosheet',
      ],
      ['the type written in another case', docx(contentTypes(vba.replace('vbaProject', 'VBAPROJECT'))), 'VBAPROJECT'],
      ['the type spelled with character references', docx(contentTypes(vba.replace('vbaProject', 'vba&#80;roj&#x65;ct'))), 'vbaProject'],
      [
        'single quotes and a namespace prefix',
        docx(contentTypes("<ct:Override ct:PartName='/word/x.bin' ContentType='application/vnd.ms-office.vbaProject'/>")),
        '/word/x.bin',
      ],
      [
        'a second [Content_Types].xml in lower case',
        zip({ '[Content_Types].xml': contentTypes(), 'word/document.xml': '', '[content_types].xml': contentTypes(vba) }),
        'foo.bin',
      ],
    ])('refuses %s', async (_label, bytes, named) => {
      const detection = await detect(bytes);
      expect(detection).toEqual({
        refused: expect.stringMatching(/^Documents with macros are not accepted \(its \[Content_Types\]\.xml declares .+\): save it as a plain/),
      });
      expect('refused' in detection && detection.refused).toContain(named);
    });

    it('knows every macro type of the list, without case or parameters, and no plain document type', () => {
      for (const type of MACRO_CONTENT_TYPES) {
        expect(isMacroContentType(type)).toBe(true);
        expect(isMacroContentType(`${type.toUpperCase()}; charset=utf-8`)).toBe(true);
      }
      for (const type of [
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.openxmlformats-officedocument.oleObject',
        'image/png',
        'application/xml',
      ])
        expect(isMacroContentType(type)).toBe(false);
    });

    it('reads the declarations of a [Content_Types].xml', () => {
      expect(contentTypeDeclarations(contentTypes(vba))).toEqual([
        { part: '*.rels', contentType: 'application/vnd.openxmlformats-package.relationships+xml' },
        { part: '*.xml', contentType: 'application/xml' },
        { part: '/word/document.xml', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' },
        { part: '/word/foo.bin', contentType: 'application/vnd.ms-office.vbaProject' },
      ]);
    });
  });

  it('reads a ZIP table of contents and refuses an inconsistent one', async () => {
    const file = path.join(dir, 'toc.zip');
    const bytes = zip(['a.txt', 'word/document.xml']);
    fs.writeFileSync(file, bytes);
    expect((await zipEntries(file, bytes.length))?.map((entry) => entry.name)).toEqual(['a.txt', 'word/document.xml']);
    const lying = Buffer.from(bytes);
    lying.writeUInt32LE(0xfffffff0, lying.length - 6); // directory offset beyond the file
    fs.writeFileSync(file, lying);
    expect(await zipEntries(file, lying.length)).toBeNull();
  });

  it('says when a name contradicts the content, not when it fits or has no extension', () => {
    expect(nameConflict('x.pdf', 'png')).toMatch(/named "x\.pdf" but its content is a PNG image.*Rename it to \.png/);
    expect(nameConflict('photo.JPEG', 'jpeg')).toBeNull();
    expect(nameConflict('photo.jpg', 'jpeg')).toBeNull();
    expect(nameConflict('scan', 'pdf')).toBeNull();
    expect(nameConflict('report.docx', 'xlsx')).toMatch(/Excel workbook/);
  });
});
