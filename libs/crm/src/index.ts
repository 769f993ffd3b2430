export { Area } from './areas/area.entity';
export { AreaService, UNASSIGNED_AREA_ID } from './areas/area.service';
export { CrmModule } from './crm.module';
export { EnterpriseService } from './enterprises/enterprise.service';
export { Enterprise } from './enterprises/enterprise.entity';
export { PipelineStage } from './pipeline/pipeline-stage';
export { PipelineService } from './pipeline/pipeline.service';
export { CoachingService } from './coaching/coaching.service';
export { ActionOwner, SessionMode } from './coaching/coaching.entities';
