/** What tests may start of the API (libs/testing imports it by this name, never by a relative path). */
export { createApi } from './bootstrap';
