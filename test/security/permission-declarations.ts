import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ALLOW_KEY } from '@small-places/platform';

/** Nest's markers for resolver handlers (`@Query`, `@Mutation`) and their GraphQL field names. */
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/**
 * Every handler's @Allow, keyed `Query.<field>`, `Mutation.<field>` or `<VERB> /<path>`; 'NONE' when a
 * handler declares nothing.
 */
export function permissionDeclarations(app: INestApplication): Map<string, string> {
  const declarations = new Map<string, string>();
  const modules = [...app.get(ModulesContainer).values()];
  const scanner = new MetadataScanner();
  const reflector = app.get(Reflector);
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
        // A controller without a base path has '/' as its base: trim slashes so every route reads `/a/b`.
        const route = [base, path]
          .map((part) => part.replace(/^\/+|\/+$/g, ''))
          .filter(Boolean)
          .join('/');
        declarations.set(`${verb} /${route}`, allow.join(', ') || 'NONE');
      }
    }
  }
  return declarations;
}
