import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
} from 'graphql';

export type OperationKind = 'Query' | 'Mutation';

/** One root field of the schema, named `Query.<field>` or `Mutation.<field>`. */
export interface Operation {
  key: string;
  kind: OperationKind;
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function rootOperations(schema: GraphQLSchema): Operation[] {
  const of = (kind: OperationKind) =>
    Object.values(
      (kind === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {},
    ).map((field) => ({ key: `${kind}.${field.name}`, kind, name: field.name, field }));
  return [...of('Query'), ...of('Mutation')];
}

/** The paths of every ID an operation takes: an ID argument, or an ID field anywhere inside an input. */
export function idPaths(operation: Operation): string[] {
  const paths: string[] = [];
  const visit = (type: GraphQLInputType, path: string, seen: Set<string>) => {
    const named = getNamedType(type) as GraphQLNamedInputType;
    if (named.name === 'ID') paths.push(path);
    if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const field of Object.values(named.getFields())) {
        visit(field.type, `${path}.${field.name}`, new Set([...seen, named.name]));
      }
    }
  };
  for (const arg of operation.field.args) visit(arg.type, arg.name, new Set());
  return paths;
}

export const takesAnId = (operation: Operation) => idPaths(operation).length > 0;

/**
 * A document calling one operation with a variable for each argument given, selecting `selection`
 * (by default `__typename`, or nothing for a scalar result).
 */
export function documentFor(
  operation: Operation,
  argNames: string[],
  selection?: string,
  /** Written into the call as it is, e.g. an argument the operation does not have. */
  inlineArgument?: string,
): string {
  const args = operation.field.args.filter((arg) => argNames.includes(arg.name));
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = [
    ...args.map((arg) => `${arg.name}: $${arg.name}`),
    ...(inlineArgument ? [inlineArgument] : []),
  ].join(', ');
  const named = getNamedType(operation.field.type);
  const composite = isObjectType(named) || isInterfaceType(named) || isUnionType(named);
  const body = composite ? ` { ${selection ?? '__typename'} }` : '';
  const keyword = operation.kind === 'Query' ? 'query' : 'mutation';
  return `${keyword} Probe${declared ? `(${declared})` : ''} { ${operation.name}${passed ? `(${passed})` : ''}${body} }`;
}

/** A well-typed value for every required argument, so a call gets past GraphQL to the guard. */
export function sampleArguments(operation: Operation): Record<string, unknown> {
  return Object.fromEntries(
    operation.field.args
      .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
      .map((arg) => [arg.name, sampleValue(arg.type)]),
  );
}

const SAMPLE_SCALARS: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'sample',
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2027-03-01',
  DateTime: '2027-03-01T10:00:00.000Z',
};

export function sampleValue(type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sampleValue(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  if (!(inner.name in SAMPLE_SCALARS)) throw new Error(`No sample value for the scalar ${inner.name}`);
  return SAMPLE_SCALARS[inner.name];
}
