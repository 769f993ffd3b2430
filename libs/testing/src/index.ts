export * from './factories';
export * from './graphql-client';
export * from './mailbox';
export * from './redis-prefix';
export * from './test-app';
export * from './test-database';
export * from './domain-event-recorder';
export { graphql } from './generated';
