import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How the API process is started: Node's own flags, then the entry script. */
export interface ApiLaunch {
  nodeArgs: string[];
  entry: string;
}

/**
 * The API as production starts it, and as `npm start` and the benchmarks do: package.json's `start:api`
 * (`node <flags> <entry>`), which the Dockerfile's CMD repeats (test/e2e/platform/api-launch.e2e-spec.ts keeps
 * them equal). Node's flags size the heap, so a process started any other way would have another memory.
 */
export function productionLaunch(): ApiLaunch {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return parseNodeCommand(manifest.scripts['start:api']);
}

/** `node --flag … path/to/main.js` into its flags and entry; anything else is refused, not guessed at. */
export function parseNodeCommand(command: string | undefined): ApiLaunch {
  const words = (command ?? '').trim().split(/\s+/);
  const entry = words.at(-1);
  const nodeArgs = words.slice(1, -1);
  if (words[0] !== 'node' || !entry?.endsWith('.js') || nodeArgs.some((arg) => !arg.startsWith('--'))) {
    throw new Error(`start:api must be "node [--flags] <entry>.js", not "${command}"`);
  }
  return { nodeArgs, entry };
}
