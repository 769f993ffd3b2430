import 'reflect-metadata';
import { createWeb } from './bootstrap';
import { WEB_CONFIG, WebConfig } from './platform/web-config';

async function main() {
  const app = await createWeb();
  const config = app.get<WebConfig>(WEB_CONFIG);
  await app.listen(config.port, '0.0.0.0');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
