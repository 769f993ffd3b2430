import { INestApplication } from '@nestjs/common';
import { Activity, LegalStructure } from '@small-places/compliance';
import { EnterpriseService, AreaService } from '@small-places/crm';
import { GrantKind, IdentityService } from '@small-places/identity';
import { Database, RequestContext, Role } from '@small-places/platform';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../../apps/api/src/bootstrap';
import { BenchEnv, BenchScenario, Figures, round } from '../scenario';

const CLIENTS = 16;
const DURATION_MS = 20_000;
const FILE_BYTES = 10 * 1024 * 1024;
const LISTED_FILES = 200;
const LIST_REQUESTS = 200;
const LIST_CONCURRENCY = 4;
const PASSWORD = 'bench-password-123';
const PROVIDER = 'bench-evidence-provider@example.org';
const MEMBERS = ['Ann Carer', 'Bo Carer', 'Cy Carer', 'Di Carer'];
const PDF = readFileSync(join(process.cwd(), 'test/fixtures/evidence/certificate.pdf'));
const PNG = readFileSync(join(process.cwd(), 'test/fixtures/evidence/certificate.png'));

const CHECKLIST = `query($id: ID!) {
  enterprise(id: $id) { checklist { items { id status evidence { id fileName contentType sizeBytes } } } }
}`;

/**
 * Issue 15's figures, through a separate API process over HTTP with local-folder storage: 16 clients each
 * uploading 10 MB PDFs for 20 s (uploads and MB a second, the API's resident memory sampled every 20 ms: the
 * goal of at most 300 MB shows the upload streams), then the p95 of listing an enterprise's checklist with the
 * evidence field when it holds 200 files.
 */
export const evidenceUploadBench: BenchScenario = {
  name: 'evidence_upload',
  description: `${CLIENTS} clients uploading 10 MB files for ${DURATION_MS / 1000} s; checklist with ${LISTED_FILES} files`,
  async run(env: BenchEnv): Promise<Figures> {
    const database = await env.createDatabase();
    const storage = await mkdtemp(join(tmpdir(), 'sp-bench-files-'));
    try {
      const { loadedId, listedId } = await seed(database.url, env.queuePrefix());
      const api = await env.spawnApi({ DATABASE_URL: database.url, STORAGE_URL: `file:${storage}` });
      await api.waitReady(60_000);
      let peakRss = api.rssMb();
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, api.rssMb())), 20);
      try {
        const token = (
          await env.gql<{ signIn: { accessToken: string } }>(
            api.graphqlUrl,
            `mutation { signIn(input: { email: "${PROVIDER}", password: "${PASSWORD}" }) { accessToken } }`,
          )
        ).signIn.accessToken;
        const itemsOf = async (id: string) =>
          (
            await env.gql<{ enterprise: { checklist: { items: { id: string }[] } } }>(
              api.graphqlUrl,
              CHECKLIST,
              { id },
              token,
            )
          ).enterprise.checklist.items.map((item) => item.id);

        const loadedItems = await itemsOf(loadedId);
        const big = new Blob([Buffer.concat([PDF, Buffer.alloc(FILE_BYTES - PDF.length)])]);
        // Each item holds 20 files; a file is removed once uploaded so a fast machine never runs out of room.
        const uploads = await env.runConcurrent(CLIENTS, { durationMs: DURATION_MS }, async (index) => {
          const id = await upload(api.url, token, loadedItems[index % loadedItems.length], big, 'policy.pdf');
          await remove(api.url, token, id);
        });

        const listedItems = await itemsOf(listedId);
        if (listedItems.length * 20 < LISTED_FILES) throw new Error('too few checklist items for 200 files');
        const small = new Blob([PNG]);
        await env.runConcurrent(LIST_CONCURRENCY, { count: LISTED_FILES }, (index) =>
          upload(api.url, token, listedItems[index % listedItems.length], small, `page ${index}.png`),
        );
        const listing = await env.runConcurrent(LIST_CONCURRENCY, { count: LIST_REQUESTS }, async () => {
          const data = await env.gql<{ enterprise: { checklist: { items: { evidence: unknown[] }[] } } }>(
            api.graphqlUrl,
            CHECKLIST,
            { id: listedId },
            token,
          );
          const files = data.enterprise.checklist.items.reduce((sum, item) => sum + item.evidence.length, 0);
          if (files !== LISTED_FILES) throw new Error(`the checklist listed ${files} files`);
        });

        const seconds = uploads.elapsedMs / 1000;
        return {
          clients: CLIENTS,
          seconds: round(seconds, 1),
          uploads: uploads.count,
          per_second: round(uploads.count / seconds, 2),
          mb_per_second: round((uploads.count * FILE_BYTES) / (1024 * 1024) / seconds, 1),
          peak_rss_mb: Math.round(peakRss),
          rss_goal_met: peakRss <= 300,
          checklist_files: LISTED_FILES,
          checklist_p95_ms: round(env.percentile(listing.latenciesMs, 95), 1),
        };
      } finally {
        clearInterval(sampler);
        await api.stop();
      }
    } finally {
      await database.drop();
      await rm(storage, { recursive: true, force: true });
    }
  },
};

async function upload(url: string, token: string, itemId: string, file: Blob, name: string): Promise<string> {
  const form = new FormData();
  form.append('file', file, name);
  const response = await fetch(`${url}/checklist-items/${itemId}/evidence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const body = (await response.json()) as { id?: string; message?: string };
  if (response.status !== 201 || !body.id)
    throw new Error(`upload refused: ${response.status} ${body.message}`);
  return body.id;
}

async function remove(url: string, token: string, fileId: string): Promise<void> {
  const response = await fetch(`${url}/evidence/${fileId}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`removal refused: ${response.status}`);
}

/** Two enterprises of one Area with four carers each (plenty of items), and their provider's account. */
async function seed(url: string, queuePrefix: string): Promise<{ loadedId: string; listedId: string }> {
  Object.assign(process.env, {
    DATABASE_URL: url,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
  });
  let app: INestApplication | undefined;
  try {
    app = await createApi();
    const identity = app.get(IdentityService);
    const admin = await identity.createAdmin('bench-admin@example.org', PASSWORD, 'Bench Admin');
    const ctx = new RequestContext(new Date(), '127.0.0.1', 'bench').withUser({
      id: admin.id,
      roles: [Role.ADMIN],
    });
    const area = await app.get(AreaService).create(ctx, { name: 'Bench Area', postcodeDistricts: ['TA1'] });
    const enterprises = app.get(EnterpriseService);
    const ids: string[] = [];
    for (const name of ['Bench Upload Care', 'Bench Listed Care']) {
      const enterprise = await enterprises.create(ctx, {
        areaId: area.id,
        name,
        postcode: 'TA1 1AA',
        activities: [Activity.PERSONAL_CARE, Activity.MEALS],
        legalStructure: LegalStructure.SOLE_TRADER,
        founder: { name: 'Bench Founder', email: `founder-${ids.length}@example.org` },
      });
      for (const member of MEMBERS) {
        await enterprises.addMember(ctx, {
          enterpriseId: enterprise.id,
          name: member,
          worksWithClients: true,
        });
      }
      ids.push(enterprise.id);
    }
    await app.get(Database).transaction((tx) =>
      identity.createAccount(
        tx,
        { email: PROVIDER, password: PASSWORD, displayName: 'Bench Provider', role: Role.PROVIDER },
        ids.map((scopeId) => ({ kind: GrantKind.MemberOfEnterprise, scopeId })),
      ),
    );
    return { loadedId: ids[0], listedId: ids[1] };
  } finally {
    await app?.close();
  }
}
