import { Injectable } from '@nestjs/common';
import { DiscoverableDecorator, DiscoveryService } from '@nestjs/core';

/**
 * The one way a context extends another: it marks one of its providers with the other's plug-in decorator,
 * and the other finds it through Nest's DiscoveryService. No registration calls, no onModuleInit wiring, so
 * what a process loads is what plugs in (docs/architecture.md, "Plug-in points").
 */
export type PlugInPoint<Options = void> = DiscoverableDecorator<Options>;

/** Declares a plug-in point: the decorator contexts put on the providers that plug in there. */
export function plugInPoint<Options = void>(): PlugInPoint<Options> {
  return DiscoveryService.createDecorator<Options>();
}

export interface PlugIn<T, Options> {
  instance: T;
  /** What the decorator was given, e.g. the event classes a subscriber handles. */
  options: Options | undefined;
}

/** Finds the providers marked with a plug-in decorator, in whichever module they live. */
@Injectable()
export class PlugIns {
  constructor(private readonly discovery: DiscoveryService) {}

  /** Each plugged-in class once, however many modules provide it, in module order. */
  find<T, Options = void>(point: PlugInPoint<Options>): PlugIn<T, Options>[] {
    const seen = new Set<unknown>();
    const found: PlugIn<T, Options>[] = [];
    for (const wrapper of this.discovery.getProviders({ metadataKey: point.KEY })) {
      const instance = wrapper.instance as T | undefined;
      if (!instance || seen.has(wrapper.metatype)) continue;
      seen.add(wrapper.metatype);
      found.push({ instance, options: this.discovery.getMetadataByDecorator(point, wrapper) as Options });
    }
    return found;
  }
}
