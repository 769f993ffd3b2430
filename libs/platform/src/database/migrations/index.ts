import { Foundation1764100000000 } from './1764100000000-foundation';

/** Every migration, in order. A new migration is added here and nowhere else. */
export const MIGRATIONS = [Foundation1764100000000];
