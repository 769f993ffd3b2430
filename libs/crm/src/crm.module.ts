import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@small-places/identity';
import { Area } from './areas/area.entity';
import { AreaResolver } from './areas/area.resolver';
import { AreaService } from './areas/area.service';

@Module({
  imports: [TypeOrmModule.forFeature([Area]), IdentityModule],
  providers: [AreaService, AreaResolver],
  exports: [AreaService],
})
export class CrmModule {}
