/** What tests may start of the worker (libs/testing imports it by this name, never by a relative path). */
export { WorkerModule } from './worker.module';
