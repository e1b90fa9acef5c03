import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/** Malay: the day/month/year and the zone as the messages write a time in Kuala Lumpur. */
const MALAYSIA_TIME_MS = /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(waktu Malaysia\)/;
const MALAYSIA_TIME_EN = /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(MYT\)/;
const PASSWORD = 'Kuala-Lumpur-2026-Merdeka';

describe(`error messages in the reader's language (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let admin: string;
  /** An officer whose profile language is Malay. */
  let malay: string;
  let partnershipId: number;

  beforeAll(async () => {
    t = await startTestApp();
    [officer, admin] = await Promise.all([t.login('officer'), t.login('admin')]);
    const created = await t
      .http()
      .post('/api/users')
      .set(bearer(admin))
      .send({ username: 'pegawai', fullName: 'Pegawai Melayu', role: 'officer', language: 'ms', password: PASSWORD });
    expect(created.status).toBe(201);
    malay = await t.login('pegawai', PASSWORD);
    const partnership = await t
      .http()
      .post('/api/partnerships')
      .set(bearer(officer))
      .send({ title: 'Sister city talks: Penang', category: 'international_city', instrument: 'mou' });
    expect(partnership.status).toBe(201);
    partnershipId = partnership.body.id;
  });
  afterAll(() => t.close());

  const createPartnership = (token: string, headers: Record<string, string> = {}) =>
    t.http().post('/api/partnerships').set(bearer(token)).set(headers).send({ summary: 'no title, category or instrument' });

  describe('a bad request', () => {
    it('answers a Malay user in Malay, fields by their Malay labels', async () => {
      const response = await createPartnership(malay);
      expect(response.status).toBe(400);
      expect(response.body.message).toBe('Sila betulkan medan-medan ini: Tajuk, Kategori, Instrumen.');
      expect(response.body.errors.title).toBe('Tajuk wajib diisi');
      expect(response.body.errors.category).toMatch(/^Kategori wajib diisi/);
    });

    it('answers everyone else in English, fields by their labels, not property names', async () => {
      const response = await createPartnership(officer);
      expect(response.status).toBe(400);
      expect(response.body.message).toBe('Please correct these fields: Title, Category, Instrument.');
      expect(response.body.errors.title).toBe('Title is required');
    });

    it("follows the profile over the browser's Accept-Language once signed in", async () => {
      expect((await createPartnership(malay, { 'Accept-Language': 'en-GB,en;q=0.9' })).body.errors.title).toBe('Tajuk wajib diisi');
      expect((await createPartnership(officer, { 'Accept-Language': 'ms-MY,ms;q=0.9' })).body.errors.title).toBe('Title is required');
    });

    it('names the field and the rule in plain words, also for a password', async () => {
      const response = await t
        .http()
        .post('/api/users')
        .set(bearer(admin))
        .send({ username: 'short', fullName: 'Short Password', role: 'officer', password: 'short' });
      expect(response.status).toBe(400);
      expect(response.body.errors.password).toBe('Password must be 12 to 128 characters');
      expect(response.body.message).toBe('Please correct this field: Password.');
    });

    it('words an unknown field, a too-long text and a bad date in Malay', async () => {
      const response = await t
        .http()
        .put(`/api/partnerships/${partnershipId}`)
        .set(bearer(malay))
        .send({ version: 1, title: 'x'.repeat(600), signedOn: '30/06/2024', colour: 'blue' });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual({
        title: 'Tajuk tidak boleh melebihi 500 aksara',
        signedOn: expect.stringMatching(/^Ditandatangani pada mestilah tarikh seperti 30\/06\/2024/),
        colour: 'colour bukan medan bagi rekod ini',
      });
    });
  });

  describe('before anyone has signed in', () => {
    it('answers in Malay for Accept-Language: ms (and ms-MY), in English otherwise', async () => {
      const login = (language?: string) => {
        const request = t.http().post('/api/auth/login');
        return (language ? request.set('Accept-Language', language) : request).send({});
      };
      expect((await login('ms')).body).toMatchObject({ statusCode: 400, message: 'Masukkan nama pengguna dan kata laluan.' });
      expect((await login('ms-MY,en;q=0.5')).body.errors.username).toBe('Nama pengguna wajib diisi');
      expect((await login('en-US')).body.message).toBe('Enter a username and a password.');
      expect((await login()).body.errors.password).toBe('Password is required');
    });

    it('words a wrong password and a missing session in Malay', async () => {
      const wrong = await t.http().post('/api/auth/login').set('Accept-Language', 'ms').send({ username: 'officer', password: 'not-the-password' });
      expect(wrong.status).toBe(401);
      expect(wrong.body.message).toBe('Nama pengguna atau kata laluan salah.');
      const unsigned = await t.http().get('/api/partnerships').set('Accept-Language', 'ms');
      expect(unsigned.status).toBe(401);
      expect(unsigned.body.message).toBe('Sila log masuk: sesi anda tiada, telah tamat atau telah ditamatkan.');
    });

    it("words Fastify's own refusals (a body that is not JSON, an unknown route) in Malay", async () => {
      const broken = await t
        .http()
        .post('/api/auth/login')
        .set('Accept-Language', 'ms')
        .set('Content-Type', 'application/json')
        .send('{"username": ');
      expect(broken.status).toBe(400);
      expect(broken.body.message).toBe('Kandungan permintaan bukan JSON yang sah.');
      const nowhere = await t.http().get('/api/no-such-thing').set('Accept-Language', 'ms');
      expect(nowhere.status).toBe(404);
      expect(nowhere.body.message).toBe('Tiada laluan API GET /api/no-such-thing.');
    });
  });

  it('words a missing record by its kind in each language', async () => {
    expect((await t.http().get('/api/partnerships/999999').set(bearer(malay))).body.message).toBe('Perkongsian 999999 tidak wujud.');
    expect((await t.http().get('/api/partnerships/999999').set(bearer(officer))).body.message).toBe('Partnership 999999 does not exist.');
  });

  describe('the 409 for a stale version', () => {
    it('says who changed what and when, in local time, with the field, its label and their value', async () => {
      const read = await t.http().get(`/api/partnerships/${partnershipId}`).set(bearer(malay));
      const theirs = await t
        .http()
        .put(`/api/partnerships/${partnershipId}`)
        .set(bearer(officer))
        .send({ version: read.body.version, title: 'Sister city talks: George Town', leadDepartment: 'International Relations' });
      expect(theirs.status).toBe(200);

      const mine = await t
        .http()
        .put(`/api/partnerships/${partnershipId}`)
        .set(bearer(malay))
        .send({ version: read.body.version, title: 'Rundingan bandar kembar: Pulau Pinang' });
      expect(mine.status).toBe(409);
      expect(mine.body.message).toMatch(/^Perkongsian ini telah diubah oleh Demo Officer pada /);
      expect(mine.body.message).toMatch(MALAYSIA_TIME_MS);
      expect(mine.body.message).not.toMatch(/\d{4}-\d{2}-\d{2}T|UTC/);
      expect(mine.body.current).toEqual({ version: theirs.body.version, updatedAt: theirs.body.updatedAt, updatedBy: 'Demo Officer' });
      expect(mine.body.changes).toEqual(
        expect.arrayContaining([
          { field: 'title', label: 'Tajuk', theirs: 'Sister city talks: George Town' },
          { field: 'leadDepartment', label: 'Jabatan peneraju', theirs: 'International Relations' },
        ]),
      );
      expect(mine.body.changes).toHaveLength(2);

      // The same conflict for an English reader: English words, the same facts.
      const english = await t
        .http()
        .put(`/api/partnerships/${partnershipId}`)
        .set(bearer(officer))
        .send({ version: read.body.version, title: 'Again' });
      expect(english.status).toBe(409);
      expect(english.body.message).toMatch(/^This partnership was changed by Demo Officer at /);
      expect(english.body.message).toMatch(MALAYSIA_TIME_EN);
      expect(english.body.changes).toContainEqual({ field: 'title', label: 'Title', theirs: 'Sister city talks: George Town' });
    });

    it('names no fields when the version sent is not one the record had before', async () => {
      const response = await t.http().put(`/api/partnerships/${partnershipId}`).set(bearer(officer)).send({ version: 999, title: 'From the future' });
      expect(response.status).toBe(409);
      expect(response.body.changes).toEqual([]);
    });
  });
});
