import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/error-mapper';
import { queryLimitRules } from './limits';
import { noNulCharacters } from './no-nul-characters';

export interface GraphQLRequestContext {
  req: FastifyRequest;
  res: FastifyReply;
}

/** One GraphQL set-up for the API: limits, error mapping and production posture in one place. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    playground: false,
    plugins: [
      // Nothing here sets cache hints, and the plugin's per-field hook makes Apollo wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      noNulCharacters(),
      ...(config.isProduction ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
    ],
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    validationRules: queryLimitRules(),
    formatError: formatGraphQLError,
    // Apollo indents every answer by default (JSON.stringify with two spaces): 3 % of the API's CPU per search
    // and a larger body to send and parse, for no reader (docs/performance.md, seventh pass).
    stringifyResult: (result) => JSON.stringify(result),
    // Apollo's Fastify integration calls it with the request and the reply.
    context: (req: FastifyRequest, res: FastifyReply): GraphQLRequestContext => ({ req, res }),
  };
}
