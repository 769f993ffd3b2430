/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- a plain CommonJS script that npm runs */
/**
 * Runs each argument as a shell command, all at once, and exits non-zero when any of them fails (after all
 * have finished, so every failure is shown). Each command's output is printed whole when it ends, under its
 * name and time, so two commands' lines never interleave. `npm run lint` and `npm test` use it to keep both
 * cores busy: tsc, ESLint, Prettier and dependency-cruiser each use one core.
 *
 *   node scripts/parallel.js "tsc --noEmit && eslint ." "prettier --check ."
 */
const { spawn } = require('node:child_process');

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node scripts/parallel.js "<command>" ["<command>" …]');
  process.exit(2);
}

const started = Date.now();
const runs = commands.map(
  (command) =>
    new Promise((done) => {
      const begun = Date.now();
      const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('close', (code, signal) => {
        const seconds = ((Date.now() - begun) / 1000).toFixed(1);
        const failed = code !== 0;
        process.stdout.write(`\n> ${command}\n`);
        process.stdout.write(Buffer.concat(output));
        process.stdout.write(
          `> ${failed ? `FAILED (${signal ?? `exit ${code}`})` : 'ok'} in ${seconds} s: ${command}\n`,
        );
        done(!failed);
      });
    }),
);

Promise.all(runs).then((results) => {
  const failures = results.filter((ok) => !ok).length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`\n${commands.length - failures} of ${commands.length} passed in ${seconds} s\n`);
  process.exit(failures === 0 ? 0 : 1);
});
