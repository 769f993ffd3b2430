import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';

const NUL = '\u0000';

/** True when any string in a JSON-like value (variables) holds a NUL character. */
export function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, inner]) => key.includes(NUL) || holdsNul(inner));
  }
  return false;
}

/**
 * PostgreSQL cannot store a NUL character in text, and no person types one: refuse it in any string of any
 * operation (variables or inline literals) before a resolver runs, with BAD_USER_INPUT and nothing changed.
 */
export function noNulCharacters(): ApolloServerPlugin {
  // Apollo keeps each parsed document and hands the same one to every request that sends that text, so its
  // literals are looked through once, not on every request.
  const literalsWithNul = new WeakMap<DocumentNode, boolean>();
  const inLiterals = (document: DocumentNode): boolean => {
    let found = literalsWithNul.get(document);
    if (found === undefined) {
      found = false;
      visit(document, {
        [Kind.STRING]: (node) => {
          if (node.value.includes(NUL)) found = true;
        },
      });
      literalsWithNul.set(document, found);
    }
    return found;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (holdsNul(request.variables ?? {}) || inLiterals(document)) {
            throw new GraphQLError(
              'Text cannot contain the NUL character (\\u0000). Remove it and try again.',
              {
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
