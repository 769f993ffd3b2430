export { Area } from './areas/area.entity';
export { AreaService } from './areas/area.service';
export { CrmModule } from './crm.module';
