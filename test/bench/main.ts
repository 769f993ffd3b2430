import { cpus, loadavg } from 'node:os';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  BenchScenario,
  createBenchEnv,
  describeError,
  FigureValue,
  Figures,
  ManagedBenchEnv,
} from './scenario';
import { SCENARIOS } from './scenarios';

const RESULTS_PATH = join(process.cwd(), 'bench', 'results.json');
const EXIT_USAGE = 2;

interface ResultsFile {
  scenarios: Record<string, Figures>;
  machine: { cpus: number; node: string; updated_at: string };
}

class UsageError extends Error {}

let activeEnv: ManagedBenchEnv | undefined;
let interrupted = false;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h') || args.includes('--list')) {
    printUsage();
    return 0;
  }
  const scenarios = selectScenarios(args);

  let failures = 0;
  for (const scenario of scenarios) {
    const figures = await runScenario(scenario);
    if (!figures) {
      failures++;
      continue;
    }
    printTable(scenario.name, figures);
    saveFigures(scenario.name, figures);
  }
  if (failures > 0) console.error(`\n${failures} of ${scenarios.length} scenario(s) failed`);
  else console.log(`\nresults written to ${relative(process.cwd(), RESULTS_PATH)}`);
  return failures > 0 ? 1 : 0;
}

/** No names means every scenario; names keep the registry's order and run once each. */
function selectScenarios(names: string[]): BenchScenario[] {
  if (names.length === 0) return SCENARIOS;
  const known = new Set(SCENARIOS.map((scenario) => scenario.name));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown scenario${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}\n` +
        `known scenarios: ${[...known].join(', ')}`,
    );
  }
  return SCENARIOS.filter((scenario) => names.includes(scenario.name));
}

async function runScenario(scenario: BenchScenario): Promise<Figures | undefined> {
  console.log(`\n▶ ${scenario.name}: ${scenario.description}`);
  const env = createBenchEnv(scenario.name);
  activeEnv = env;
  // What else the machine was doing when the scenario started: a figure from a loaded machine says so itself.
  const loadAverage = Math.round(loadavg()[0] * 100) / 100;
  try {
    return { ...(await scenario.run(env)), load_average_1m: loadAverage };
  } catch (error) {
    // After Ctrl-C the scenario fails only because its API was stopped under it; that is not news.
    if (!interrupted) console.error(`✗ ${scenario.name} failed: ${describeError(error)}`);
    return undefined;
  } finally {
    await env.dispose();
    activeEnv = undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Output

function printTable(scenario: string, figures: Figures): void {
  const rows = Object.entries(figures).map(([figure, value]) => [scenario, figure, formatValue(value)]);
  const header = ['scenario', 'figure', 'value'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ');

  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

function formatValue(value: FigureValue): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  return value.toFixed(magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3);
}

function printUsage(): void {
  console.log('usage: npm run bench [-- <scenario>...]\n\nscenarios:');
  const width = Math.max(...SCENARIOS.map((scenario) => scenario.name.length));
  for (const scenario of SCENARIOS) console.log(`  ${scenario.name.padEnd(width)}  ${scenario.description}`);
}

// ---------------------------------------------------------------------------------------------------------------
// bench/results.json

function groupByEntry(scenario: string, figures: Figures): Map<string, Figures> {
  const entries = new Map<string, Figures>();
  const { load_average_1m: loadAverage, ...measured } = figures;
  for (const [key, value] of Object.entries(measured)) {
    const dot = key.indexOf('.');
    const [entry, figure] = dot > 0 ? [key.slice(0, dot), key.slice(dot + 1)] : [scenario, key];
    entries.set(entry, { ...entries.get(entry), [figure]: value });
  }
  // The machine's load when the scenario started belongs to every entry it measured.
  if (loadAverage !== undefined) {
    for (const [entry, values] of entries) entries.set(entry, { ...values, load_average_1m: loadAverage });
  }
  return entries;
}

/**
 * Merges one scenario's figures in, so running a single scenario keeps the others' last figures. A figure
 * named `entry.figure` goes under its own entry (the reminders scenario measures `reminder_scan` and
 * `reminder_delivery` in one run).
 */
function saveFigures(scenario: string, figures: Figures): void {
  const results = readResults();
  for (const [entry, values] of groupByEntry(scenario, figures)) results.scenarios[entry] = values;
  results.machine = { cpus: cpus().length, node: process.version, updated_at: new Date().toISOString() };
  mkdirSync(dirname(RESULTS_PATH), { recursive: true });
  // Write-then-rename so an interrupted run never leaves half a file behind.
  const temporary = `${RESULTS_PATH}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(sortScenarios(results), null, 2)}\n`);
  renameSync(temporary, RESULTS_PATH);
}

function readResults(): ResultsFile {
  let text: string;
  try {
    text = readFileSync(RESULTS_PATH, 'utf8');
  } catch {
    return emptyResults();
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (isRecord(parsed) && isRecord(parsed.scenarios)) {
      return { ...emptyResults(), scenarios: parsed.scenarios as Record<string, Figures> };
    }
  } catch {
    // Fall through: the file is generated, so starting again is better than refusing to record.
  }
  console.warn(`${relative(process.cwd(), RESULTS_PATH)} was not readable; starting it afresh`);
  return emptyResults();
}

/** Stable key order keeps diffs of the committed file small. */
function sortScenarios(results: ResultsFile): ResultsFile {
  const names = Object.keys(results.scenarios).sort();
  return { ...results, scenarios: Object.fromEntries(names.map((name) => [name, results.scenarios[name]])) };
}

function emptyResults(): ResultsFile {
  return { scenarios: {}, machine: { cpus: cpus().length, node: process.version, updated_at: '' } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------------------------

function stopOnSignal(signal: NodeJS.Signals): void {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: cleaning up`);
    // Scratch databases and API processes would otherwise outlive an interrupted run.
    void (activeEnv?.dispose() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

stopOnSignal('SIGINT');
stopOnSignal('SIGTERM');

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(EXIT_USAGE);
    }
    console.error(describeError(error));
    process.exit(1);
  },
);
