import { BenchEnv, BenchScenario, Figures, round } from '../scenario';

/** PRODUCT.md §5: API ready ≤ 5 s after start; resident memory ≤ 300 MB under load. */
const READY_GOAL_MS = 5_000;
const RSS_GOAL_MB = 300;
const REQUESTS = 1_000;
const CONCURRENCY = 16;
const READY_TIMEOUT_MS = 60_000;

export const apiBoot: BenchScenario = {
  name: 'api_boot',
  description: `API start to /health/ready, then RSS after ${REQUESTS} mixed requests at concurrency ${CONCURRENCY}`,
  async run(env: BenchEnv): Promise<Figures> {
    const database = await env.createDatabase();
    try {
      const api = await env.spawnApi({ DATABASE_URL: database.url });
      try {
        const readyMs = await api.waitReady(READY_TIMEOUT_MS);
        const load = await env.runConcurrent(CONCURRENCY, { count: REQUESTS }, (index) =>
          // Half GraphQL, half health checks: exercises Apollo's pipeline as well as plain Express routes.
          index % 2 === 0 ? env.gql(api.graphqlUrl, 'query { __typename }') : expectReady(api.url),
        );
        const rssMb = round(api.rssMb(), 1);
        return {
          ready_ms: Math.round(readyMs),
          requests: load.count,
          rss_mb: rssMb,
          p95_ms: round(env.percentile(load.latenciesMs, 95), 2),
          requests_per_s: Math.round(load.requestsPerSecond),
          ready_goal_met: readyMs <= READY_GOAL_MS,
          rss_goal_met: rssMb <= RSS_GOAL_MB,
        };
      } finally {
        await api.stop();
      }
    } finally {
      await database.drop();
    }
  },
};

async function expectReady(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}/health/ready`);
  const body = await response.text();
  if (response.status !== 200)
    throw new Error(`/health/ready answered ${response.status}: ${body.slice(0, 300)}`);
}
