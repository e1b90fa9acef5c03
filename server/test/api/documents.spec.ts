import { createHash, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Response } from 'supertest';
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from '@klch/shared';
import { AuditService } from '../../src/audit/audit.service';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

type Row = Record<string, unknown> & { id: number; fileName: string; sha256: string; size: number; contentType: string };

// ---- Tiny files of each accepted type: just the bytes a detector looks at, and a little more. ----

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('0000000dIHDR-demo-png', 'latin1')]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0demo'), Buffer.from([0xff, 0xd9])]);
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.from('This program cannot be run in DOS mode.', 'latin1')]);
const TEXT = Buffer.from('Minutes of the meeting, typed in a text editor.\n');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data: Buffer) => {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

/** A real (stored, uncompressed) ZIP archive: local headers, central directory, end record. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const DOCX = zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': '<w:document/>' });
const XLSX = zip({ '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.xml': '<workbook/>' });
const PLAIN_ZIP = zip({ 'notes.txt': 'just an archive' });
const MACRO_DOCX = zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': '<w:document/>', 'word/vbaProject.bin': 'macro' });
/** A clean document declaring its parts as Word writes them (a .bin that is a printer setting, not a macro). */
const WORD_DOCX = zip({
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.printerSettings"/>' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  'word/document.xml': '<w:document/>',
  'word/styles.xml': '<w:styles/>',
  'word/printerSettings/printerSettings1.bin': 'printer',
});
/** The VBA project under another name: only [Content_Types].xml says what the part is, and Word believes it. */
const RENAMED_MACRO_DOCX = zip({
  '[Content_Types].xml':
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/foo.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
  'word/document.xml': '<w:document/>',
  'word/foo.bin': 'macro',
});

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Reads any response body as bytes. */
const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream; // superagent hands the parser the raw response stream
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

/** A multipart body written by hand, for part headers no form library would send. */
function rawMultipart(parts: Array<{ disposition: string; content: Buffer | string; type?: string }>): { body: Buffer; contentType: string } {
  const boundary = `----klch-${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head = `--${boundary}\r\nContent-Disposition: ${part.disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head, 'utf8'), Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content, 'utf8'), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe(`documents API (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let manager: string;
  let auditor: string;
  let officerId: number;
  let managerId: number;
  let tokyo: number;
  let uploads: string;

  beforeAll(async () => {
    t = await startTestApp();
    [officer, manager, auditor] = await Promise.all([t.login('officer'), t.login('manager'), t.login('auditor')]);
    [officerId, managerId] = [await t.userId('officer'), await t.userId('manager')];
    tokyo = Number((await t.sql<{ id: number }>('SELECT id FROM partnerships WHERE title LIKE $1', ['%Tokyo%']))[0].id);
    uploads = path.join(t.config.dataDir, 'uploads');
  });
  afterAll(() => t.close());

  const stored = () => (fs.existsSync(uploads) ? fs.readdirSync(uploads).sort() : []);
  const upload = (file: Buffer | null, fileName: string, fields: Record<string, string | number> = {}, token = officer) => {
    let request = t.http().post('/api/documents').set(bearer(token));
    for (const [name, value] of Object.entries({ partnershipId: tokyo, category: 'signed_agreement', ...fields }))
      request = request.field(name, String(value));
    if (file) request = request.attach('file', file, fileName);
    return request;
  };
  const uploaded = async (file: Buffer, fileName: string, fields: Record<string, string | number> = {}, token = officer): Promise<Row> => {
    const response = await upload(file, fileName, fields, token);
    expect({ status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body;
  };
  const download = (id: number, token = officer) => t.http().get(`/api/documents/${id}/download`).set(bearer(token)).buffer(true).parse(binary);
  const eventsOf = async (id: number) =>
    (await t.eventsOf('documents', id)).map((event) => ({
      action: event.action,
      actorId: Number(event.actor_id),
      changes: JSON.parse(event.changes) as Record<string, [unknown, unknown]>,
    }));
  const documentRows = () => t.sql<{ id: number }>('SELECT id FROM documents ORDER BY id');
  const uploadEvents = () => t.sql<{ id: number }>('SELECT id FROM audit_events WHERE entity_type = $1 AND action = $2', ['documents', 'upload']);

  /** What must hold after any refused upload: no new file (temp or stored), no row, no event. */
  const expectNothingKept = async (before: { files: string[]; rows: unknown[]; events: unknown[] }) => {
    expect(stored()).toEqual(before.files);
    expect(await documentRows()).toEqual(before.rows);
    expect(await uploadEvents()).toEqual(before.events);
  };
  const snapshot = async () => ({ files: stored(), rows: await documentRows(), events: await uploadEvents() });

  describe('upload', () => {
    it.each([
      ['PDF', PDF, 'MoU signed.pdf', DOCUMENT_TYPES.pdf],
      ['Word', DOCX, 'Concept note.docx', DOCUMENT_TYPES.docx],
      ['Word (as Word writes its parts)', WORD_DOCX, 'Minutes.docx', DOCUMENT_TYPES.docx],
      ['Excel', XLSX, 'Budget 2025.xlsx', DOCUMENT_TYPES.xlsx],
      ['PNG', PNG, 'Site photo.png', DOCUMENT_TYPES.png],
      ['JPEG', JPEG, 'Signing ceremony.JPG', DOCUMENT_TYPES.jpeg],
    ])('accepts a %s file, recognised by its content, stored under its SHA-256, audited', async (_label, bytes, fileName, contentType) => {
      const response = await upload(bytes, fileName, { category: 'report' });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(Number),
        partnershipId: tokyo,
        category: 'report',
        fileName,
        contentType,
        size: bytes.length,
        sha256: sha256(bytes),
        uploadedById: officerId,
        uploadedByName: 'Demo Officer',
        uploadedAt: expect.any(String),
      });
      expect(fs.readFileSync(path.join(uploads, sha256(bytes)))).toEqual(bytes);
      expect(stored().filter((name) => !/^[0-9a-f]{64}$/.test(name))).toEqual([]); // no temp file left

      const events = await eventsOf(response.body.id);
      expect(events).toEqual([
        {
          action: 'upload',
          actorId: officerId,
          changes: expect.objectContaining({
            fileName: [null, fileName],
            sha256: [null, sha256(bytes)],
            size: [null, bytes.length],
            contentType: [null, contentType],
          }),
        },
      ]);
      const metadata = await t.http().get(`/api/documents/${response.body.id}`).set(bearer(auditor));
      expect(metadata.status).toBe(200);
      expect(metadata.body).toEqual(response.body);
    });

    it('accepts a file beyond the 1 MB JSON body limit (multipart has its own limit) and the form fields in any order', async () => {
      const big = Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024, 0x20)]);
      const response = await t
        .http()
        .post('/api/documents')
        .set(bearer(officer))
        .attach('file', big, 'Annual report.pdf')
        .field('category', 'report')
        .field('partnershipId', String(tokyo));
      expect(response.status).toBe(201);
      expect(response.body.size).toBe(big.length);
    });

    it('keeps identical content once, however many documents share it', async () => {
      const bytes = Buffer.concat([PDF, Buffer.from('shared content')]);
      const first = await uploaded(bytes, 'Letter.pdf', { category: 'letter' });
      const second = await uploaded(bytes, 'Letter (copy).pdf', { category: 'letter' });
      expect(second.id).not.toBe(first.id);
      expect(second.sha256).toBe(first.sha256);
      expect(stored().filter((name) => name === first.sha256)).toHaveLength(1);
    });

    it.each([
      ['an executable renamed .pdf', EXE, 'setup.pdf', 415, /not accepted/],
      ['a text file renamed .pdf', TEXT, 'minutes.pdf', 415, /not accepted/],
      ['a text file as .txt', TEXT, 'minutes.txt', 415, /not accepted/],
      ['a ZIP archive renamed .docx', PLAIN_ZIP, 'archive.docx', 415, /not a Word \(\.docx\) or Excel/],
      ['a macro-enabled Word document', MACRO_DOCX, 'macro.docx', 415, /macros/],
      ['a Word document whose VBA part is renamed foo.bin', RENAMED_MACRO_DOCX, 'renamed.docx', 415, /macros.*\/word\/foo\.bin/],
      ['a PNG named .pdf', PNG, 'x.pdf', 422, /named "x\.pdf" but its content is a PNG image/],
      ['a PDF named .exe', PDF, 'invoice.exe', 422, /content is a PDF document/],
      ['a Word document named .xlsx', DOCX, 'budget.xlsx', 422, /content is a Word document/],
    ])('refuses %s, leaving no file behind', async (_label, bytes, fileName, status, message) => {
      const before = await snapshot();
      const response = await upload(bytes, fileName);
      expect(response.status).toBe(status);
      expect(response.body.message).toMatch(message);
      expect(response.body.errors.file).toBe(response.body.message);
      await expectNothingKept(before);
    });

    it('refuses a file over 20 MB (413, a clear message), leaving no file behind', async () => {
      const before = await snapshot();
      const oversize = Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x20);
      PDF.copy(oversize);
      const response = await upload(oversize, 'Huge scan.pdf');
      expect(response.status).toBe(413);
      expect(response.body.message).toBe('The file is larger than 20 MB, the most a document may be. Nothing was stored.');
      await expectNothingKept(before);

      // Exactly 20 MB is allowed.
      const limit = await upload(oversize.subarray(0, MAX_DOCUMENT_BYTES), 'Just fits.pdf');
      expect(limit.status).toBe(201);
      expect(limit.body.size).toBe(MAX_DOCUMENT_BYTES);
    });

    it('refuses a bad form (400, field by field), leaving no file behind', async () => {
      const before = await snapshot();
      const cases: Array<[string, () => ReturnType<typeof upload>, string[]]> = [
        ['no fields', () => t.http().post('/api/documents').set(bearer(officer)).attach('file', PDF, 'a.pdf'), ['partnershipId', 'category']],
        ['an unknown category', () => upload(PDF, 'a.pdf', { category: 'secret' }), ['category']],
        ['a partnershipId that is no id', () => upload(PDF, 'a.pdf', { partnershipId: 'Tokyo' }), ['partnershipId']],
        ['a partnershipId too large', () => upload(PDF, 'a.pdf', { partnershipId: '99999999999' }), ['partnershipId']],
        ['no file', () => upload(null, ''), ['file']],
        ['an empty file', () => upload(Buffer.alloc(0), 'empty.pdf'), ['file']],
        ['an unknown field', () => upload(PDF, 'a.pdf', { title: 'x' }), ['title']],
        ['a field given twice', () => upload(PDF, 'a.pdf').field('category', 'report'), ['category']],
        [
          'the file under another name',
          () =>
            t
              .http()
              .post('/api/documents')
              .set(bearer(officer))
              .field('partnershipId', String(tokyo))
              .field('category', 'report')
              .attach('upload', PDF, 'a.pdf'),
          ['upload', 'file'],
        ],
      ];
      for (const [label, send, fields] of cases) {
        const response = await send();
        expect({ label, status: response.status }).toEqual({ label, status: 400 });
        expect({ label, fields: Object.keys(response.body.errors ?? {}).sort() }).toEqual({ label, fields: [...fields].sort() });
      }
      const twoFiles = await upload(PDF, 'a.pdf').attach('file', PNG, 'b.png');
      expect(twoFiles.status).toBe(400);
      expect(twoFiles.body.message).toBe('Send one file per upload.');
      await expectNothingKept(before);
    });

    it('refuses anything but multipart/form-data (415), e.g. a JSON body', async () => {
      const json = await t
        .http()
        .post('/api/documents')
        .set(bearer(officer))
        .send({ partnershipId: tokyo, category: 'report', file: PDF.toString('base64') });
      expect(json.status).toBe(415);
      expect(json.body.message).toMatch(/multipart\/form-data/);
      const broken = await t
        .http()
        .post('/api/documents')
        .set(bearer(officer))
        .set('Content-Type', 'multipart/form-data')
        .send('not really multipart');
      expect(broken.status).toBe(400);
    });

    it('is the only route that reads multipart: the others refuse it (415)', async () => {
      for (const url of ['/api/milestones', '/api/partnerships']) {
        const response = await t.http().post(url).set(bearer(officer)).field('title', 'x').attach('file', PDF, 'a.pdf');
        expect({ url, status: response.status }).toEqual({ url, status: 415 });
        expect(response.body.message).toMatch(/JSON body, not multipart/);
      }
    });

    it('refuses an unknown or archived partnership (422), leaving no file behind', async () => {
      const created = await t
        .http()
        .post('/api/partnerships')
        .set(bearer(officer))
        .send({ title: 'Archived soon', category: 'local_partner', instrument: 'mou' });
      expect((await t.http().delete(`/api/partnerships/${created.body.id}`).set(bearer(manager))).status).toBe(200);
      const before = await snapshot();
      const bytes = Buffer.concat([PDF, Buffer.from('never kept')]);
      const unknown = await upload(bytes, 'a.pdf', { partnershipId: 999_999 });
      expect(unknown.status).toBe(422);
      expect(unknown.body.errors).toEqual({ partnershipId: 'partnership 999999 does not exist' });
      const archived = await upload(bytes, 'a.pdf', { partnershipId: created.body.id });
      expect(archived.status).toBe(422);
      expect(archived.body.message).toMatch(/archived/);
      await expectNothingKept(before);
    });

    it('removes the stored file when the database fails after it was written, unless another document uses it', async () => {
      const audit = t.app.get(AuditService);
      const before = await snapshot();
      const bytes = Buffer.concat([PDF, Buffer.from('database fails')]);
      const spy = jest.spyOn(audit, 'append').mockRejectedValueOnce(new Error('simulated failure after the insert'));
      try {
        const response = await upload(bytes, 'Unlucky.pdf');
        expect(response.status).toBe(500);
      } finally {
        spy.mockRestore();
      }
      await expectNothingKept(before);

      // The same content already kept for another document stays.
      const kept = await uploaded(bytes, 'Lucky.pdf');
      const again = jest.spyOn(audit, 'append').mockRejectedValueOnce(new Error('simulated failure after the insert'));
      try {
        expect((await upload(bytes, 'Unlucky again.pdf')).status).toBe(500);
      } finally {
        again.mockRestore();
      }
      expect(fs.readFileSync(path.join(uploads, kept.sha256))).toEqual(bytes);
      expect((await documentRows()).map((row) => Number(row.id))).toContain(kept.id);
    });

    it('keeps the file name without its path or control characters, and takes UTF-8 names', async () => {
      const windowsPath = rawMultipart([
        { disposition: 'form-data; name="partnershipId"', content: String(tokyo) },
        { disposition: 'form-data; name="category"', content: 'letter' },
        { disposition: 'form-data; name="file"; filename="C:\\Users\\officer\\Surat \\"rasmi\\" ñ.pdf"', content: PDF, type: 'application/pdf' },
      ]);
      const quoted = await t.http().post('/api/documents').set(bearer(officer)).set('Content-Type', windowsPath.contentType).send(windowsPath.body);
      expect(quoted.status).toBe(201);
      expect(quoted.body.fileName).toBe('Surat "rasmi" ñ.pdf');

      const encoded = rawMultipart([
        { disposition: 'form-data; name="partnershipId"', content: String(tokyo) },
        { disposition: 'form-data; name="category"', content: 'letter' },
        { disposition: 'form-data; name="file"; filename*=UTF-8\'\'..%2F..%2FSurat%01%09rasmi%E2%80%AE%20%C3%B1.pdf', content: PDF },
      ]);
      const cleaned = await t.http().post('/api/documents').set(bearer(officer)).set('Content-Type', encoded.contentType).send(encoded.body);
      expect(cleaned.status).toBe(201);
      expect(cleaned.body.fileName).toBe('Suratrasmi ñ.pdf');
    });

    it('lets neither auditors nor admins upload (403), leaving no file behind', async () => {
      const before = await snapshot();
      for (const username of ['auditor', 'admin']) {
        const response = await upload(Buffer.concat([PDF, Buffer.from(username)]), 'a.pdf', {}, await t.login(username));
        expect(response.status).toBe(403);
        expect(response.body.message).toMatch(/may not create documents/);
      }
      await expectNothingKept(before);
    });
  });

  describe('download', () => {
    it('answers the identical bytes with the stored type, a safe attachment name and nosniff; audited', async () => {
      const bytes = Buffer.concat([PNG, Buffer.from(' download me')]);
      const document = await uploaded(bytes, 'Peta ñ.png', { category: 'other' });
      const response = await download(document.id, auditor);
      expect(response.status).toBe(200);
      expect(Buffer.compare(response.body as Buffer, bytes)).toBe(0);
      expect(response.headers['content-type']).toBe('image/png');
      expect(response.headers['content-length']).toBe(String(bytes.length));
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="Peta n.png"; filename*=UTF-8''Peta%20%C3%B1.png`);
      // Opened in place anyway, the file runs nothing and has no origin (not the API's policy, nor the UI's).
      expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");

      const events = await eventsOf(document.id);
      expect(events.map((event) => event.action)).toEqual(['upload', 'download']);
      const auditorId = await t.userId('auditor');
      expect(events[1]).toMatchObject({ actorId: auditorId, changes: {} });
    });

    it('cannot be made to inject headers by a hostile stored name (quotes, CR/LF)', async () => {
      const bytes = Buffer.concat([PDF, Buffer.from('hostile name')]);
      const document = await uploaded(bytes, 'plain.pdf');
      // A name that could not arrive through the upload (the parser drops such parts), written straight into the row.
      await t.sql('UPDATE documents SET file_name = $1 WHERE id = $2', ['Surat "rasmi"\r\nX: y ñ.pdf', document.id]);
      const response: Response = await download(document.id);
      expect(response.status).toBe(200);
      expect(response.headers['x']).toBeUndefined();
      const disposition = response.headers['content-disposition'] as string;
      expect(disposition).toBe(`attachment; filename="Surat _rasmi_X: y n.pdf"; filename*=UTF-8''Surat%20%22rasmi%22X%3A%20y%20%C3%B1.pdf`);
      expect(disposition).not.toMatch(/[\r\n]/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe('Surat "rasmi"X: y ñ.pdf');
      expect(Buffer.compare(response.body as Buffer, bytes)).toBe(0);
    });

    it('says plainly when the stored file is missing (500), and audits no download', async () => {
      const bytes = Buffer.concat([PDF, Buffer.from('lost on disk')]);
      const document = await uploaded(bytes, 'Lost.pdf');
      fs.rmSync(path.join(uploads, document.sha256));
      const response = await download(document.id);
      expect(response.status).toBe(500);
      expect(JSON.parse((response.body as Buffer).toString('utf8')).message).toMatch(
        /file of document \d+ is missing from the server's document storage/,
      );
      expect((await eventsOf(document.id)).map((event) => event.action)).toEqual(['upload']);
    });

    it('answers 404 for a document that does not exist, and audits nothing', async () => {
      const before = await t.sql('SELECT id FROM audit_events WHERE action = $1', ['download']);
      expect((await download(999_999)).status).toBe(404);
      expect(await t.sql('SELECT id FROM audit_events WHERE action = $1', ['download'])).toEqual(before);
    });
  });

  describe('list', () => {
    let partnershipId: number;
    beforeAll(async () => {
      const created = await t
        .http()
        .post('/api/partnerships')
        .set(bearer(officer))
        .send({ title: 'Documents list', category: 'local_partner', instrument: 'mou' });
      partnershipId = created.body.id;
      const uploads: Array<[Buffer, string, string, string]> = [
        [Buffer.concat([PDF, Buffer.from('b')]), 'b-minutes.pdf', 'minutes', '2025-01-01T08:00:00.000Z'],
        [Buffer.concat([PDF, Buffer.from('a, longer')]), 'a-letter.pdf', 'letter', '2025-01-02T08:00:00.000Z'],
        [Buffer.concat([PNG, Buffer.from('c')]), 'c-photo.png', 'other', '2025-01-03T08:00:00.000Z'],
      ];
      for (const [bytes, fileName, category, at] of uploads) {
        const document = await uploaded(bytes, fileName, { partnershipId, category });
        // Distinct times, so "newest first" does not depend on how fast the uploads ran.
        await t.sql('UPDATE documents SET uploaded_at = $1 WHERE id = $2', [at, document.id]);
      }
    });
    const list = (query: Record<string, unknown>, token = officer) =>
      t
        .http()
        .get('/api/documents')
        .query(Object.fromEntries(Object.entries(query).map(([key, value]) => [key, JSON.stringify(value)])))
        .set(bearer(token));

    it("gives a partnership's documents, newest first by default, with Content-Range", async () => {
      const response = await list({ filter: { partnershipId } }, auditor);
      expect(response.status).toBe(200);
      expect(response.headers['content-range']).toBe('documents 0-2/3');
      expect(response.body.map((row: Row) => row.fileName)).toEqual(['c-photo.png', 'a-letter.pdf', 'b-minutes.pdf']);
    });

    it('sorts by file name and size, filters by category and id, refuses anything else (400)', async () => {
      expect((await list({ filter: { partnershipId }, sort: ['fileName', 'ASC'] })).body.map((row: Row) => row.fileName)).toEqual([
        'a-letter.pdf',
        'b-minutes.pdf',
        'c-photo.png',
      ]);
      const bySize = (await list({ filter: { partnershipId }, sort: ['size', 'DESC'] })).body as Row[];
      expect(bySize.map((row) => row.size)).toEqual([...bySize.map((row) => row.size)].sort((a, b) => b - a));
      const letters = await list({ filter: { partnershipId, category: ['letter', 'minutes'] }, sort: ['fileName', 'ASC'] });
      expect(letters.body.map((row: Row) => row.fileName)).toEqual(['a-letter.pdf', 'b-minutes.pdf']);
      const one = (await list({ filter: { partnershipId } })).body[1] as Row;
      expect((await list({ filter: { id: [one.id] } })).body).toEqual([one]);
      expect((await list({ sort: ['sha256', 'ASC'] })).status).toBe(400);
      expect((await list({ filter: { fileName: 'x' } })).status).toBe(400);
    });
  });

  describe('delete', () => {
    it('is for managers only: an officer is refused (403) and the document stays', async () => {
      const document = await uploaded(Buffer.concat([PDF, Buffer.from('officer tries')]), 'Keep.pdf');
      const response = await t.http().delete(`/api/documents/${document.id}`).set(bearer(officer));
      expect(response.status).toBe(403);
      expect(response.body.message).toMatch(/officer\) may not delete documents/);
      expect((await download(document.id)).status).toBe(200);
    });

    it('deletes the record (audited) and answers it; the file goes with the last document that uses it', async () => {
      const bytes = Buffer.concat([JPEG, Buffer.from('to delete')]);
      const first = await uploaded(bytes, 'One.jpg');
      const second = await uploaded(bytes, 'Two.jpeg');

      const deleted = await t.http().delete(`/api/documents/${first.id}`).set(bearer(manager));
      expect(deleted.status).toBe(200);
      expect(deleted.body).toEqual(first);
      expect((await t.http().get(`/api/documents/${first.id}`).set(bearer(manager))).status).toBe(404);
      expect((await download(first.id)).status).toBe(404);
      expect(stored()).toContain(first.sha256); // the second still uses it
      expect(Buffer.compare((await download(second.id)).body as Buffer, bytes)).toBe(0);

      expect((await t.http().delete(`/api/documents/${second.id}`).set(bearer(manager))).status).toBe(200);
      expect(stored()).not.toContain(first.sha256);

      const events = await eventsOf(first.id);
      expect(events.at(-1)).toMatchObject({
        action: 'delete',
        actorId: managerId,
        changes: { fileName: ['One.jpg', null], sha256: [first.sha256, null] },
      });
      expect((await t.http().delete(`/api/documents/${first.id}`).set(bearer(manager))).status).toBe(404);
    });
  });
});
