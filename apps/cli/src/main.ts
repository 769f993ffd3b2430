import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { IdentityService, PASSWORD_MIN_LENGTH } from '@small-places/identity';
import { describeImport, PostcodeImporter } from '@small-places/marketplace';
import { MIGRATIONS } from '@small-places/migrations';
import { dataSourceOptions, loadConfig } from '@small-places/platform';
import { DataSource } from 'typeorm';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliModule } from './cli.module';
import { runDev } from './dev/dev-launcher';
import { DemoSeeder } from './seed/demo-seeder';

const USAGE = `Usage: npm run cli -- <command>
  migrate                              run pending migrations (fails loudly)
  seed [--if-empty]                    load the demo data
  create-admin --email E --password P [--name N]
  import-postcodes <file.csv>          load postcode centroids (ONSPD, Code-Point Open or districts)
  dev                                  what npm start runs`;

async function migrate(): Promise<void> {
  const config = loadConfig();
  const dataSource = new DataSource(
    dataSourceOptions({
      url: config.databaseUrl,
      poolSize: 2,
      applicationName: 'migrate',
      migrations: MIGRATIONS,
    }),
  );
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(
      applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.',
    );
  } finally {
    await dataSource.destroy();
  }
}

async function withContext<T>(
  work: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>,
) {
  const app = await NestFactory.createApplicationContext(CliModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function seed(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { 'if-empty': { type: 'boolean', default: false } } });
  await withContext(async (app) => {
    const seeder = app.get(DemoSeeder);
    if (values['if-empty'] && !(await seeder.isEmpty())) {
      console.log('The database already has data; demo data not loaded.');
      return;
    }
    await seeder.seed();
    console.log('Demo data loaded.');
  });
}

async function createAdmin(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
  });
  if (!values.email || !values.password) throw new Error('create-admin needs --email and --password');
  if (values.password.length < PASSWORD_MIN_LENGTH) {
    throw new Error(`The password must be at least ${PASSWORD_MIN_LENGTH} characters.`);
  }
  await withContext(async (app) => {
    const user = await app
      .get(IdentityService)
      .createAdmin(values.email!, values.password!, values.name ?? 'Administrator');
    console.log(`Admin ready: ${user.email}`);
  });
}

async function importPostcodes(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  if (positionals.length !== 1) throw new Error('import-postcodes needs one CSV file');
  // npm runs scripts from the project root; INIT_CWD is where `npm run import:postcodes -- file` was typed.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
  await withContext(async (app) => {
    const started = Date.now();
    const result = await app.get(PostcodeImporter).importFile(file, {
      onProgress: (read) => console.error(`  ${read.toLocaleString('en-GB')} rows read…`),
    });
    console.log(`${describeImport(result)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  });
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case 'migrate':
      return migrate();
    case 'seed':
      return seed(args);
    case 'create-admin':
      return createAdmin(args);
    case 'import-postcodes':
      return importPostcodes(args);
    case 'dev':
      return runDev();
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).then(
  () => {
    if (process.argv[2] !== 'dev') process.exit(process.exitCode ?? 0);
  },
  (error: unknown) => {
    console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
