/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- plain CommonJS, shared by the node checks */
const { readdirSync, statSync } = require('node:fs');
const path = require('node:path');

/**
 * The TypeScript files under a folder, depth first in directory order (none when the folder does not exist).
 * `skip`: names of folders not to enter; `specs: false` leaves out `*.spec.ts`.
 */
function filesUnder(dir, { skip = new Set(), specs = true } = {}) {
  if (!statSync(dir, { throwIfNoEntry: false })) return [];
  return readdirSync(dir).flatMap((name) => {
    if (skip.has(name)) return [];
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return filesUnder(file, { skip, specs });
    return file.endsWith('.ts') && (specs || !file.endsWith('.spec.ts')) ? [file] : [];
  });
}

module.exports = { filesUnder };
