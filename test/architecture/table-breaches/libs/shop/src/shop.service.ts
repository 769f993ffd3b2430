export class ShopService {
  // Allowed: its own table, and the view the people context publishes (select from accounts in a comment).
  mine = `SELECT id FROM orders`;
  published = `SELECT o.id FROM orders o JOIN people_public p ON p.id = o.account_id`;

  // Refused: another context's table in SQL...
  breachBySql = `SELECT o.id, a.email FROM orders o
    JOIN accounts a ON a.id = o.account_id`;

  // ...and through a repository of another context's entity.
  breachByRepository(tx: any) {
    return tx.getRepository(Account).find();
  }
}
