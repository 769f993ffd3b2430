/** The contract's delegate operations, as the holder's pages ask for them. */
import { graphql } from '../generated';

export const BUDGET_DELEGATES = graphql(`
  query BudgetDelegates($budgetId: ID!) {
    personalBudget(id: $budgetId) {
      id
      label
      myRole
    }
    budgetDelegates(budgetId: $budgetId) {
      id
      email
      displayName
      status
    }
  }
`);

export const REMOVE_DELEGATE = graphql(`
  mutation RemoveDelegate($budgetId: ID!, $delegateId: ID!) {
    removeDelegate(budgetId: $budgetId, delegateId: $delegateId)
  }
`);

export interface BudgetDelegate {
  id: string;
  email: string;
  displayName: string | null;
  status: 'ACTIVE' | 'INVITED';
}

export interface BudgetDelegatesPage {
  personalBudget: { id: string; label: string; myRole: 'HOLDER' | 'DELEGATE' };
  budgetDelegates: BudgetDelegate[];
}
