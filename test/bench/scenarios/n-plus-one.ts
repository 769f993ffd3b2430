import { INestApplication } from '@nestjs/common';
import { Activity, LegalStructure } from '@small-places/compliance';
import { AreaService, EnterpriseService } from '@small-places/crm';
import { IdentityService } from '@small-places/identity';
import { countStatements, RequestContext, Role } from '@small-places/platform';
import { DataSource } from 'typeorm';
import { createApi } from '../../../apps/api/src/bootstrap';
import { BenchEnv, BenchScenario, Figures } from '../scenario';

const ENTERPRISES = 100;
const PASSWORD = 'bench-password-123';
const LIST = `query($first: Int) {
  enterprises(first: $first) {
    totalCount
    edges { node { id name stage catalyst { id displayName } members { id name } checklist { status } lastSession { heldOn } } }
  }
}`;

/**
 * SQL statements behind `enterprises(first: N)` with catalyst, members, checklist status and last session,
 * for N = 10 and N = 100. The API runs in this process so its DataSource can be watched.
 */
export const nPlusOne: BenchScenario = {
  name: 'n_plus_one',
  description: `SQL statements for enterprises(first: 10) and (first: 100) over ${ENTERPRISES} enterprises`,
  async run(env: BenchEnv): Promise<Figures> {
    const database = await env.createDatabase();
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: env.queuePrefix(),
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
    });
    let app: INestApplication | undefined;
    try {
      app = await createApi();
      await app.listen(0, '127.0.0.1');
      const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
      const token = await seed(app, env, url);
      const dataSource = app.get(DataSource);
      const statements = async (first: number) =>
        countStatements(dataSource, () => env.gql(url, LIST, { first }, token));
      const statements10 = await statements(10);
      const statements100 = await statements(100);
      return {
        enterprises: ENTERPRISES,
        statements_10: statements10,
        statements_100: statements100,
        constant: statements10 === statements100,
      };
    } finally {
      await app?.close();
      await database.drop();
    }
  },
};

async function seed(app: INestApplication, env: BenchEnv, url: string): Promise<string> {
  const admin = await app
    .get(IdentityService)
    .createAdmin('bench-admin@example.org', PASSWORD, 'Bench Admin');
  // An Admin who is also a Catalyst, so every enterprise has a Catalyst to load.
  const ctx = new RequestContext(new Date(), '127.0.0.1', 'bench').withUser({
    id: admin.id,
    roles: [Role.ADMIN, Role.CATALYST],
  });
  const area = await app.get(AreaService).create(ctx, { name: 'Bench Area', postcodeDistricts: ['TA1'] });
  const enterprises = app.get(EnterpriseService);
  for (let i = 0; i < ENTERPRISES; i += 1) {
    await enterprises.create(ctx, {
      areaId: area.id,
      name: `Enterprise ${i}`,
      postcode: 'TA1 1AA',
      activities: i % 2 ? [Activity.PERSONAL_CARE] : [Activity.MEALS],
      legalStructure: LegalStructure.SOLE_TRADER,
      founder: { name: `Founder ${i}`, email: `founder${i}@example.org` },
    });
  }
  const signIn = (await env.gql(
    url,
    `mutation { signIn(input: { email: "bench-admin@example.org", password: "${PASSWORD}" }) { accessToken } }`,
  )) as {
    signIn: { accessToken: string };
  };
  return signIn.signIn.accessToken;
}
