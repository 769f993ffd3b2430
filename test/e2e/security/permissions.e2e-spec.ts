import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createTestApp, TestApp } from '@small-places/testing';
import { permissionDeclarations } from '../../security/permission-declarations';

/**
 * Every operation's permission declaration, in one reviewed snapshot: changing who may call something shows
 * up in review as a changed snapshot. Every root field of the schema must carry an @Allow.
 */
describe('permission declarations', () => {
  let t: TestApp;
  let declarations: Map<string, string>;

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
    declarations = permissionDeclarations(t.app);
  });
  afterAll(() => t?.close());

  it('every Query and Mutation of the schema declares who may call it', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const rootFields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
    ];
    const undeclared = rootFields.filter(
      (field) => !declarations.has(field) || declarations.get(field) === 'NONE',
    );
    expect(undeclared).toEqual([]);
  });

  it('matches the reviewed snapshot', () => {
    const sorted = Object.fromEntries([...declarations].sort(([a], [b]) => a.localeCompare(b)));
    expect(sorted).toMatchSnapshot();
  });
});
