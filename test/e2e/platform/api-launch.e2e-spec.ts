import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNodeCommand, productionLaunch } from '../../../apps/cli/src/dev/api-launch';

/**
 * The API's Node flags size its heap (docs/performance.md, fourth pass): `npm run start:api`, the Docker
 * image and the benchmark must start it the same way, or the benchmark measures another process's memory.
 */
describe('how the API is started', () => {
  const root = join(__dirname, '../../..');

  it('is the same in the Docker image as in start:api, which the benchmark reads', () => {
    const dockerfile = readFileSync(join(root, 'docker/Dockerfile'), 'utf8');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
    expect(cmd).not.toBeNull();
    const argv = JSON.parse(cmd![1]) as string[];
    expect(parseNodeCommand(argv.join(' '))).toEqual(productionLaunch());
  });

  it('caps the heap and keeps the young generation as measured', () => {
    expect(productionLaunch()).toEqual({
      nodeArgs: ['--max-old-space-size=512', '--max-semi-space-size=16'],
      entry: 'dist/apps/api/src/main.js',
    });
  });

  it('starts the worker with the same heap flags, in start:worker and in the compose file', () => {
    // Without a cap, V8 let the import worker's old generation grow to 4x its live size: 384-408 MB peak on a
    // 10,000-row import on a fast machine, against 204-208 MB with it (docs/imports.md).
    const worker = productionLaunch('start:worker');
    expect(worker).toEqual({ nodeArgs: productionLaunch().nodeArgs, entry: 'dist/apps/worker/src/main.js' });
    const compose = readFileSync(join(root, 'docker/compose.yml'), 'utf8');
    const command = /^ {2}worker:\n(?:.*\n)*? {4}command: (\[.*\])$/m.exec(compose);
    expect(command).not.toBeNull();
    const argv = JSON.parse(command![1].replace(/'/g, '"')) as string[];
    expect(parseNodeCommand(argv.join(' '), 'start:worker')).toEqual(worker);
  });

  it('refuses a start command it cannot read rather than guess', () => {
    expect(() => parseNodeCommand('npm run something')).toThrow(/start:api must be/);
    expect(() => parseNodeCommand('node dist/a.js extra')).toThrow(/start:api must be/);
    expect(() => parseNodeCommand('npm run worker', 'start:worker')).toThrow(/start:worker must be/);
  });
});
