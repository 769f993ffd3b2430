import 'reflect-metadata';
import { APP_CONFIG, AppConfig } from '@small-places/platform';
import { createApi } from './bootstrap';

async function main() {
  const app = await createApi();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.port, '0.0.0.0');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
