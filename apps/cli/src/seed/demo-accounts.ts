/** The demo sign-ins that `npm start` prints; the seed creates exactly these. */
export const DEMO_PASSWORD = 'small-places-demo';

export const DEMO_ACCOUNTS = [
  { role: 'Admin', email: 'admin@demo.smallplaces.test', displayName: 'Ada Admin' },
] as const;
