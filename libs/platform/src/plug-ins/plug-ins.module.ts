import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { DomainEvents } from '../events/domain-events';
import { PersonalDataRegistry } from '../privacy/personal-data';
import { PlugIns } from './plug-ins';

/** The plug-in finder and the registries built on it (domain events, personal data), for every process. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [PlugIns, DomainEvents, PersonalDataRegistry],
  exports: [PlugIns, DomainEvents, PersonalDataRegistry],
})
export class PlugInsModule {}
