import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ComplianceModule } from '@small-places/compliance';
import { IdentityModule } from '@small-places/identity';
import { Area } from './areas/area.entity';
import { AreaResolver } from './areas/area.resolver';
import { AreaService } from './areas/area.service';
import { Action, CoachingSession } from './coaching/coaching.entities';
import { ActionResolver, CoachingResolver } from './coaching/coaching.resolver';
import { CoachingService } from './coaching/coaching.service';
import { CrmPersonalData } from './crm-personal-data';
import { Enterprise } from './enterprises/enterprise.entity';
import { EnterpriseResolver, MemberResolver } from './enterprises/enterprise.resolver';
import { EnterpriseService } from './enterprises/enterprise.service';
import { Member } from './enterprises/member.entity';
import { ImpactController } from './impact/impact.controller';
import { ImpactResolver } from './impact/impact.resolver';
import { ImpactService } from './impact/impact.service';
import { PipelineResolver } from './pipeline/pipeline.resolver';
import { PipelineService } from './pipeline/pipeline.service';
import { StageMove } from './pipeline/stage-move.entity';
import { TimelineEvent } from './timeline/timeline-event.entity';
import { TimelineService } from './timeline/timeline.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Area, Enterprise, Member, StageMove, CoachingSession, Action, TimelineEvent]),
    IdentityModule,
    ComplianceModule,
  ],
  controllers: [ImpactController],
  providers: [
    AreaService,
    AreaResolver,
    EnterpriseService,
    EnterpriseResolver,
    MemberResolver,
    PipelineService,
    PipelineResolver,
    CoachingService,
    CoachingResolver,
    ActionResolver,
    TimelineService,
    ImpactService,
    ImpactResolver,
    CrmPersonalData,
  ],
  exports: [AreaService, EnterpriseService, PipelineService, CoachingService, TimelineService],
})
export class CrmModule {}
