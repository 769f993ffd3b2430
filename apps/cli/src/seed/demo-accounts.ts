/** The demo sign-ins that `npm start` prints; the seed creates exactly these, all with one password. */
export const DEMO_PASSWORD = 'small-places-demo';

export const DEMO_ACCOUNTS = [
  { role: 'Admin', email: 'admin@demo.smallplaces.test', displayName: 'Ada Admin' },
  { role: 'Catalyst (Taunton)', email: 'cara@demo.smallplaces.test', displayName: 'Cara Catalyst' },
  { role: 'Catalyst (Bristol)', email: 'dev@demo.smallplaces.test', displayName: 'Dev Catalyst' },
  { role: 'Catalyst (both Areas)', email: 'sam@demo.smallplaces.test', displayName: 'Sam Catalyst' },
  { role: 'Provider', email: 'fran@demo.smallplaces.test', displayName: 'Fran Founder' },
  { role: 'Budget holder', email: 'bill@demo.smallplaces.test', displayName: 'Bill Holder' },
] as const;

export type DemoEmail = (typeof DEMO_ACCOUNTS)[number]['email'];
