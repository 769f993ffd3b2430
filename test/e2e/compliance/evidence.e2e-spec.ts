import { ChecklistEvidenceChanged } from '@small-places/compliance';
import { Session, TEST_PASSWORD, graphql } from '@small-places/testing';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ADD_MEMBER,
  checklistOf,
  ComplianceWorld,
  complianceWorld,
  enterpriseWithFounder,
  itemFor,
  REVIEW_ITEM,
  UPDATE_ENTERPRISE,
  UPDATE_ITEM,
} from './compliance-fixture';

const FIXTURES = join(__dirname, '../../fixtures/evidence');
const JPEG = readFileSync(join(FIXTURES, 'certificate.jpg'));
const PDF = readFileSync(join(FIXTURES, 'certificate.pdf'));
const PNG = readFileSync(join(FIXTURES, 'certificate.png'));
/** An ISO base media file whose major brand is heic: what an iPhone photo starts with. */
const HEIC = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypheic'),
  Buffer.alloc(4),
  Buffer.from('mif1heic'),
  Buffer.alloc(256, 1),
]);
/** A Windows program's header (MZ … PE): what an .exe renamed .pdf still is. */
const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(0x3a),
  Buffer.from([0x80, 0, 0, 0]),
  Buffer.alloc(0x40),
  Buffer.from('PE\0\0'),
  Buffer.alloc(512),
]);
const MB10 = 10 * 1024 * 1024;

const EVIDENCE = graphql(`
  query Evidence($enterpriseId: ID!) {
    enterprise(id: $enterpriseId) {
      checklist {
        items {
          id
          evidence {
            id
            fileName
            contentType
            sizeBytes
            uploadedAt
            removable
          }
        }
      }
    }
  }
`);
const EXPORT = graphql(`
  query EvidenceExport {
    exportMyData
  }
`);
const CLOSE = graphql(`
  mutation EvidenceClose($password: String!) {
    closeMyAccount(password: $password)
  }
`);

interface Uploaded {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

describe('evidence files: upload, download, removal, privacy (issue 15)', () => {
  let w: ComplianceWorld;
  let enterpriseId: string;
  let founder: Session;
  let insuranceItemId: string;
  let foodItemId: string;

  const form = (bytes: Buffer, name: string, type = 'application/octet-stream', field = 'file') => {
    const body = new FormData();
    body.append(field, new Blob([bytes], { type }), name);
    return body;
  };
  const upload = (
    itemId: string,
    body: FormData | string,
    as?: Session,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${w.t.url}/checklist-items/${itemId}/evidence`, {
      method: 'POST',
      headers: { ...(as ? { Authorization: `Bearer ${as.accessToken}` } : {}), ...headers },
      body,
    });
  const uploadOk = async (itemId: string, bytes: Buffer, name: string, as: Session) => {
    const response = await upload(itemId, form(bytes, name), as);
    expect(response.status).toBe(201);
    return (await response.json()) as Uploaded;
  };
  const download = (id: string, as?: Session) =>
    fetch(`${w.t.url}/evidence/${id}`, {
      headers: as ? { Authorization: `Bearer ${as.accessToken}` } : {},
    });
  const remove = (id: string, as: Session) =>
    fetch(`${w.t.url}/evidence/${id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${as.accessToken}` },
    });
  const stored = async () => (await readdir(w.t.storageDir)).sort();
  const rows = async () =>
    w.t.dataSource.query(`SELECT id, storage_key, file_name FROM evidence_files ORDER BY id`);
  const auditOf = (fileId: string) =>
    w.t.dataSource.query(
      `SELECT action, actor_id FROM audit_events WHERE record_id = $1 AND action = 'EVIDENCE_FILE_READ'`,
      [fileId],
    );

  /** Nothing kept: the same rows and the same stored objects as before the refused upload. */
  const expectNothingKept = async (attempt: () => Promise<Response>, status: number, message: RegExp) => {
    const [rowsBefore, storedBefore] = [await rows(), await stored()];
    const response = await attempt();
    expect(response.status).toBe(status);
    expect(((await response.json()) as { message: string }).message).toMatch(message);
    expect(await rows()).toEqual(rowsBefore);
    expect(await stored()).toEqual(storedBefore);
  };

  beforeAll(async () => {
    w = await complianceWorld();
    const care = await enterpriseWithFounder(w);
    enterpriseId = care.id;
    founder = care.founder;
    const checklist = await checklistOf(w.t, enterpriseId, founder);
    insuranceItemId = itemFor(checklist, 'PUBLIC_LIABILITY_INSURANCE').id;
    foodItemId = itemFor(checklist, 'FOOD_BUSINESS_REGISTRATION').id;
  });
  afterAll(() => w?.t.close());

  it('stores a member’s photo under a random key, answers 201 and publishes ChecklistEvidenceChanged', async () => {
    w.events.length = 0;
    const file = await uploadOk(insuranceItemId, JPEG, 'Insurance certificate.jpg', founder);
    expect(file).toEqual({
      id: expect.any(String),
      fileName: 'Insurance certificate.jpg',
      contentType: 'image/jpeg',
      sizeBytes: JPEG.length,
    });
    const [row] = await w.t.dataSource.query(`SELECT storage_key FROM evidence_files WHERE id = $1`, [
      file.id,
    ]);
    expect(row.storage_key).toMatch(/^[0-9a-f]{32}$/);
    expect(await stored()).toEqual([row.storage_key]);
    expect(readFileSync(join(w.t.storageDir, row.storage_key)).equals(JPEG)).toBe(true);
    const changed = w.events.filter((event) => event instanceof ChecklistEvidenceChanged);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ enterpriseId, refId: insuranceItemId, actorId: founder.user.id });
  });

  it('lets the Area’s Catalyst attach files too, and judges the type by the bytes, not the name', async () => {
    const pdf = await uploadOk(insuranceItemId, PDF, 'schedule.pdf', w.catalyst);
    expect(pdf).toMatchObject({ fileName: 'schedule.pdf', contentType: 'application/pdf' });
    const png = await uploadOk(insuranceItemId, PNG, 'scan.pdf', founder);
    expect(png).toMatchObject({ fileName: 'scan.png', contentType: 'image/png' });
    const heic = await uploadOk(insuranceItemId, HEIC, '../IMG_0001.HEIC', founder);
    expect(heic).toMatchObject({ fileName: 'IMG_0001.heic', contentType: 'image/heic' });
  });

  it('lists the files on ChecklistItem.evidence in one batched query, oldest first', async () => {
    const data = await w.t.client.ok<{
      enterprise: { checklist: { items: { id: string; evidence: (Uploaded & { removable: boolean })[] }[] } };
    }>(EVIDENCE, { enterpriseId }, { token: founder.accessToken });
    const items = data.enterprise.checklist.items;
    const insurance = items.find((item) => item.id === insuranceItemId)!;
    expect(insurance.evidence.map((file) => [file.fileName, file.removable])).toEqual([
      ['Insurance certificate.jpg', true],
      ['schedule.pdf', false],
      ['scan.png', true],
      ['IMG_0001.heic', true],
    ]);
    expect(
      items.filter((item) => item.id !== insuranceItemId).every((item) => item.evidence.length === 0),
    ).toBe(true);
  });

  it.each([
    [
      'an empty file',
      () => upload(insuranceItemId, form(Buffer.alloc(0), 'empty.pdf'), founder),
      400,
      /empty/,
    ],
    [
      'no file field',
      () => upload(insuranceItemId, form(PDF, 'certificate.pdf', 'application/pdf', 'document'), founder),
      400,
      /Select a photo or document/,
    ],
    [
      'a body that is not multipart',
      () => upload(insuranceItemId, '{"file":"x"}', founder, { 'Content-Type': 'application/json' }),
      400,
      /multipart/,
    ],
    [
      'an .exe renamed .pdf',
      () => upload(insuranceItemId, form(EXE, 'certificate.pdf', 'application/pdf'), founder),
      400,
      /PDF, JPEG, PNG or HEIC/,
    ],
    [
      'text that claims to be a JPEG',
      () => upload(insuranceItemId, form(Buffer.from('just words'), 'photo.jpg', 'image/jpeg'), founder),
      400,
      /PDF, JPEG, PNG or HEIC/,
    ],
    [
      'a file one byte over 10 MB',
      () =>
        upload(
          insuranceItemId,
          form(Buffer.concat([PDF, Buffer.alloc(MB10 + 1 - PDF.length)]), 'big.pdf'),
          founder,
        ),
      413,
      /smaller than 10 MB/,
    ],
  ])('refuses %s and keeps nothing', async (_what, attempt, status, message) => {
    await expectNothingKept(attempt, status, message);
  });

  it('accepts a file of exactly 10 MB', async () => {
    const file = await uploadOk(
      foodItemId,
      Buffer.concat([PDF, Buffer.alloc(MB10 - PDF.length)]),
      'ten.pdf',
      founder,
    );
    expect(file.sizeBytes).toBe(MB10);
    expect((await remove(file.id, founder)).status).toBe(200);
  });

  it('answers 404 for someone else’s item or a missing one, 401 without a token, and keeps nothing', async () => {
    const notFound = /was not found/;
    await expectNothingKept(() => upload(insuranceItemId, form(PDF, 'x.pdf'), w.stranger), 404, notFound);
    await expectNothingKept(
      () => upload(insuranceItemId, form(PDF, 'x.pdf'), w.otherCatalyst),
      404,
      notFound,
    );
    await expectNothingKept(() => upload(insuranceItemId, form(PDF, 'x.pdf'), w.holder), 404, notFound);
    await expectNothingKept(
      () => upload('00000000-0000-4000-8000-000000000000', form(PDF, 'x.pdf'), founder),
      404,
      notFound,
    );
    await expectNothingKept(() => upload('not-an-id', form(PDF, 'x.pdf'), founder), 404, notFound);
    await expectNothingKept(() => upload(insuranceItemId, form(PDF, 'x.pdf')), 401, /sign in/);
  });

  it('refuses a 21st file on an item', async () => {
    for (let n = 1; n <= 20; n++) await uploadOk(foodItemId, PNG, `page ${n}.png`, founder);
    await expectNothingKept(
      () => upload(foodItemId, form(PNG, 'page 21.png'), founder),
      400,
      /at most 20 files/,
    );
  });

  it('streams a download as an attachment to the same people, and 404 to anyone else', async () => {
    const [first] = (await w.t.dataSource.query(
      `SELECT id FROM evidence_files WHERE checklist_item_id = $1 ORDER BY created_at LIMIT 1`,
      [insuranceItemId],
    )) as { id: string }[];
    const mine = await download(first.id, founder);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('image/jpeg');
    expect(mine.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Insurance certificate\.jpg"/,
    );
    expect(Buffer.from(await mine.arrayBuffer()).equals(JPEG)).toBe(true);
    expect(await auditOf(first.id)).toEqual([]);

    const theirs = await download(first.id, w.catalyst);
    expect(theirs.status).toBe(200);
    expect(Buffer.from(await theirs.arrayBuffer()).equals(JPEG)).toBe(true);
    expect(await auditOf(first.id)).toEqual([{ action: 'EVIDENCE_FILE_READ', actor_id: w.catalyst.user.id }]);

    for (const outsider of [w.stranger, w.otherCatalyst, w.holder]) {
      expect((await download(first.id, outsider)).status).toBe(404);
    }
    expect((await download('00000000-0000-4000-8000-000000000000', founder)).status).toBe(404);
    expect((await download(first.id)).status).toBe(401);
    expect(await auditOf(first.id)).toHaveLength(1);
  });

  it('lets only the uploader remove a file, deleting the stored object after the commit', async () => {
    const file = await uploadOk(insuranceItemId, PDF, 'old schedule.pdf', founder);
    const [row] = await w.t.dataSource.query(`SELECT storage_key FROM evidence_files WHERE id = $1`, [
      file.id,
    ]);
    expect((await remove(file.id, w.catalyst)).status).toBe(403);
    expect((await remove(file.id, w.stranger)).status).toBe(404);
    expect(await stored()).toContain(row.storage_key);

    w.events.length = 0;
    const removed = await remove(file.id, founder);
    expect(removed.status).toBe(200);
    expect(await removed.json()).toEqual(file);
    expect(await w.t.dataSource.query(`SELECT id FROM evidence_files WHERE id = $1`, [file.id])).toEqual([]);
    expect(await stored()).not.toContain(row.storage_key);
    expect(w.events.filter((event) => event instanceof ChecklistEvidenceChanged)).toHaveLength(1);
    expect((await remove(file.id, founder)).status).toBe(404);
  });

  it('a checked item’s files cannot be removed: 409, removable false, nothing changed', async () => {
    const other = await enterpriseWithFounder(w, { name: 'Checked Care' });
    const itemId = itemFor(await checklistOf(w.t, other.id, other.founder), 'PUBLIC_LIABILITY_INSURANCE').id;
    const file = await uploadOk(itemId, JPEG, 'schedule.jpg', other.founder);
    const as = (session: Session) => ({ token: session.accessToken });
    await w.t.client.ok(
      UPDATE_ITEM,
      { input: { itemId, status: 'DONE', reference: 'PL-1' } },
      as(other.founder),
    );
    await w.t.client.ok(REVIEW_ITEM, { input: { itemId, decision: 'CHECKED' } }, as(w.catalyst));
    const evidenceOf = async () =>
      (
        await w.t.client.ok<{
          enterprise: { checklist: { items: { id: string; evidence: { removable: boolean }[] }[] } };
        }>(EVIDENCE, { enterpriseId: other.id }, as(other.founder))
      ).enterprise.checklist.items.find((item) => item.id === itemId)!.evidence;
    expect(await evidenceOf()).toEqual([expect.objectContaining({ id: file.id, removable: false })]);

    const [rowsBefore, storedBefore] = [await rows(), await stored()];
    const refused = await remove(file.id, other.founder);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { message: string }).message).toMatch(/checked this item/);
    expect(await rows()).toEqual(rowsBefore);
    expect(await stored()).toEqual(storedBefore);
    expect(await evidenceOf()).toEqual([expect.objectContaining({ id: file.id, removable: false })]);
  });

  it('deletes the files of an item regenerated away, from the database and from storage', async () => {
    const keys = (await w.t.dataSource.query(
      `SELECT storage_key FROM evidence_files WHERE checklist_item_id = $1`,
      [foodItemId],
    )) as { storage_key: string }[];
    expect(keys).toHaveLength(20);
    await w.t.client.ok(
      UPDATE_ENTERPRISE,
      { input: { enterpriseId, activities: ['PERSONAL_CARE'] } },
      { token: w.catalyst.accessToken },
    );
    expect(await w.t.dataSource.query(`SELECT id FROM checklist_items WHERE id = $1`, [foodItemId])).toEqual(
      [],
    );
    const left = await stored();
    expect(keys.filter((key) => left.includes(key.storage_key))).toEqual([]);
  });

  it('exports a person’s files with download links, and on closing erases their member certificates only', async () => {
    const care = await enterpriseWithFounder(w, { name: 'Closing Care' });
    await w.t.client.ok(
      ADD_MEMBER,
      { input: { enterpriseId: care.id, name: 'Sam Carer', worksWithClients: true } },
      { token: w.catalyst.accessToken },
    );
    const checklist = await checklistOf(w.t, care.id, care.founder);
    const dbs = itemFor(checklist, 'DBS_ENHANCED', 'Sam Carer');
    const insurance = itemFor(checklist, 'PUBLIC_LIABILITY_INSURANCE');
    const certificate = await uploadOk(dbs.id, PDF, 'dbs.pdf', care.founder);
    const policy = await uploadOk(insurance.id, PDF, 'policy.pdf', care.founder);

    const exported = await w.t.client.ok<{ exportMyData: { checklists: { evidenceFiles: unknown[] } } }>(
      EXPORT,
      {},
      { token: care.founder.accessToken },
    );
    expect(exported.exportMyData.checklists.evidenceFiles).toEqual([
      expect.objectContaining({
        id: certificate.id,
        fileName: 'dbs.pdf',
        downloadUrl: `http://localhost:3000/evidence/${certificate.id}`,
      }),
      expect.objectContaining({
        id: policy.id,
        fileName: 'policy.pdf',
        downloadUrl: `http://localhost:3000/evidence/${policy.id}`,
      }),
    ]);

    const keyOf = async (id: string) =>
      (
        (await w.t.dataSource.query(`SELECT storage_key FROM evidence_files WHERE id = $1`, [id])) as {
          storage_key: string;
        }[]
      )[0]?.storage_key;
    const certificateKey = await keyOf(certificate.id);
    await w.t.client.ok(CLOSE, { password: TEST_PASSWORD }, { token: care.founder.accessToken });
    expect(await keyOf(certificate.id)).toBeUndefined();
    expect(await stored()).not.toContain(certificateKey);
    expect(
      await w.t.dataSource.query(`SELECT uploaded_by_id FROM evidence_files WHERE id = $1`, [policy.id]),
    ).toEqual([{ uploaded_by_id: null }]);
    expect((await download(policy.id, w.catalyst)).status).toBe(200);
  });
});
