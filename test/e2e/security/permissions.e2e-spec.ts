import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ALLOW_KEY } from '@small-places/platform';
import { createTestApp, TestApp } from '@small-places/testing';

/** Nest's markers for resolver handlers (`@Query`, `@Mutation`) and their GraphQL field names. */
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/**
 * Every operation's permission declaration, in one reviewed snapshot: changing who may call something shows
 * up in review as a changed snapshot. Every root field of the schema must carry an @Allow.
 */
describe('permission declarations', () => {
  let t: TestApp;
  const declarations = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
    const modules = [...t.app.get(ModulesContainer).values()];
    const scanner = new MetadataScanner();
    const reflector = t.app.get(Reflector);
    const wrappers = modules.flatMap((module) => [
      ...module.providers.values(),
      ...module.controllers.values(),
    ]);
    for (const wrapper of new Set(wrappers)) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !Object.getPrototypeOf(instance)) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        const kind = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
        const allow =
          reflector.getAllAndOverride<string[] | undefined>(ALLOW_KEY, [handler, instance.constructor]) ?? [];
        if (kind === 'Query' || kind === 'Mutation') {
          const name = (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? method;
          declarations.set(`${kind}.${name}`, allow.join(', ') || 'NONE');
        }
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path !== undefined && Reflect.getMetadata(METHOD_METADATA, handler) !== undefined) {
          const base = (Reflect.getMetadata(PATH_METADATA, instance.constructor) as string | undefined) ?? '';
          const verb = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
          declarations.set(`${verb} /${[base, path].filter(Boolean).join('/')}`, allow.join(', ') || 'NONE');
        }
      }
    }
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
