import 'reflect-metadata';
import { DynamicModule, ForwardReference, Provider, Type } from '@nestjs/common';
import { MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RESOLVER_NAME_METADATA } from '@nestjs/graphql/dist/graphql.constants';
import { WorkerModule } from './worker.module';

type ModuleRef = Type | DynamicModule | Promise<DynamicModule> | ForwardReference;

/** Every module the worker loads, walking Nest's own metadata (no app is started, no database is needed). */
function loadedModules(
  root: Type,
  notWalked: ReadonlySet<string>,
): { module: Type; providers: unknown[]; controllers: unknown[] }[] {
  const seen = new Map<Type, { module: Type; providers: unknown[]; controllers: unknown[] }>();
  const visit = (ref: ModuleRef | undefined) => {
    if (!ref || ref instanceof Promise) return;
    const forward = (ref as ForwardReference).forwardRef;
    if (forward) return visit(forward());
    const dynamic = 'module' in ref ? (ref as DynamicModule) : undefined;
    const module = dynamic ? dynamic.module : (ref as Type);
    if (notWalked.has(module.name)) return;
    const entry = seen.get(module) ?? { module, providers: [], controllers: [] };
    const first = !seen.has(module);
    seen.set(module, entry);
    const read = (key: string) => (Reflect.getMetadata(key, module) as unknown[] | undefined) ?? [];
    if (first) {
      entry.providers.push(...read(MODULE_METADATA.PROVIDERS));
      entry.controllers.push(...read(MODULE_METADATA.CONTROLLERS));
      read(MODULE_METADATA.IMPORTS).forEach((each) => visit(each as ModuleRef));
    }
    if (dynamic) {
      entry.providers.push(...(dynamic.providers ?? []));
      entry.controllers.push(...(dynamic.controllers ?? []));
      (dynamic.imports ?? []).forEach((each) => visit(each as ModuleRef));
    }
  };
  visit(root);
  return [...seen.values()];
}

function providerClass(provider: Provider | unknown): Type | undefined {
  if (typeof provider === 'function') return provider as Type;
  const useClass = (provider as { useClass?: Type } | undefined)?.useClass;
  return typeof useClass === 'function' ? useClass : undefined;
}

/** Every context has its core/API split: nothing is left out of the walk. */
const AWAITING_SPLIT = new Set<string>();

describe('the worker', () => {
  const modules = loadedModules(WorkerModule, AWAITING_SPLIT);

  it('loads the core modules of the contexts it works for', () => {
    const names = modules.map((entry) => entry.module.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'IdentityCoreModule',
        'ComplianceCoreModule',
        'CrmCoreModule',
        'NotificationsCoreModule',
      ]),
    );
  });

  it('loads no GraphQL resolver', () => {
    const resolvers = modules
      .flatMap((entry) => entry.providers.map(providerClass))
      .filter((cls): cls is Type => !!cls && Reflect.hasMetadata(RESOLVER_NAME_METADATA, cls))
      .map((cls) => cls.name);
    expect(resolvers).toEqual([]);
  });

  it('serves no HTTP controller but the health checks', () => {
    const controllers = modules
      .flatMap((entry) => entry.controllers.map(providerClass))
      .filter((cls): cls is Type => !!cls && Reflect.hasMetadata(PATH_METADATA, cls))
      .map((cls) => cls.name)
      .sort();
    expect(controllers).toEqual(['HealthController', 'WorkerHealthController']);
  });
});
