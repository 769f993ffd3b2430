import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { ValidationRule } from 'graphql';

/** Rejected during validation, before any resolver runs. */
export const QUERY_LIMITS = { maxAliases: 15, maxDepth: 10, maxCost: 5000 } as const;

export function queryLimitRules(): ValidationRule[] {
  return [
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases, propagateOnRejection: false }),
    maxDepthRule({ n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, propagateOnRejection: false }),
    costLimitRule({ maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, propagateOnRejection: false }),
  ] as ValidationRule[];
}
