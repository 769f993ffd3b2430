import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How a production process (the API, the worker) is started: Node's own flags, then the entry script. */
export interface ApiLaunch {
  nodeArgs: string[];
  entry: string;
}

/** The package.json scripts that start a production process. */
export type LaunchScript = 'start:api' | 'start:worker';

/**
 * The API (or the worker) as production starts it, and as `npm start`, the benchmarks and the fault tests do:
 * package.json's `start:api` / `start:worker` (`node <flags> <entry>`), which the Dockerfile's CMD and the
 * compose file's worker command repeat (test/e2e/platform/api-launch.e2e-spec.ts keeps them equal). Node's
 * flags size the heap, so a process started any other way would have another memory.
 */
export function productionLaunch(script: LaunchScript = 'start:api', root = process.cwd()): ApiLaunch {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return parseNodeCommand(manifest.scripts[script], script);
}

/** `node --flag … path/to/main.js` into its flags and entry; anything else is refused, not guessed at. */
export function parseNodeCommand(command: string | undefined, script: LaunchScript = 'start:api'): ApiLaunch {
  const words = (command ?? '').trim().split(/\s+/);
  const entry = words.at(-1);
  const nodeArgs = words.slice(1, -1);
  if (words[0] !== 'node' || !entry?.endsWith('.js') || nodeArgs.some((arg) => !arg.startsWith('--'))) {
    throw new Error(`${script} must be "node [--flags] <entry>.js", not "${command}"`);
  }
  return { nodeArgs, entry };
}
