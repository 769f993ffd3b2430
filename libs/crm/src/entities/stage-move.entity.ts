import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PipelineStage } from '../pipeline/pipeline-stage';

/** Every move through the pipeline: who, when, from, to, and why. */
@Entity('stage_moves')
export class StageMove {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') enterpriseId: string;
  @Column({ type: 'text', nullable: true }) fromStage: PipelineStage | null;
  @Column({ type: 'text' }) toStage: PipelineStage;
  @Column({ type: 'uuid', nullable: true }) movedById: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'timestamptz' }) movedAt: Date;
}
