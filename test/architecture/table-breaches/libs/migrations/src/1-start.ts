export const statements = [
  `CREATE TABLE accounts (id uuid PRIMARY KEY, email text)`,
  `CREATE TABLE orders (id uuid PRIMARY KEY, account_id uuid)`,
  `CREATE VIEW people_public AS SELECT id FROM accounts`,
];
