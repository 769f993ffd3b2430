import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/** Rejected during validation, before any resolver runs. */
export const QUERY_LIMITS = { maxAliases: 15, maxDepth: 10, maxCost: 5000 } as const;

/** Report the rejection as an ordinary validation error, so Apollo answers it before execution. */
const reportError = (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error);

export function queryLimitRules(): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true, onReject: [reportError] };
  return [
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...common }),
    maxDepthRule({ n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, ...common }),
    costLimitRule({ maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, ...common }),
  ] as ValidationRule[];
}
