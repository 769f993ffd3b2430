import { Activity, LegalStructure } from '@small-places/compliance';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PipelineStage } from '../pipeline/pipeline-stage';

/** PostgreSQL `numeric` arrives as a string; these are small counts, safe as numbers. */
const numeric = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? 0 : Number(value)),
};

@Entity('enterprises')
export class Enterprise {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') areaId: string;
  @Column({ type: 'uuid', nullable: true }) catalystId: string | null;
  @Column() name: string;
  @Column({ type: 'text' }) legalStructure: LegalStructure;
  @Column() postcode: string;
  @Column() district: string;
  @Column({ type: 'text', array: true }) activities: Activity[];
  @Column({ type: 'date', nullable: true }) plannedTradingOn: string | null;
  @Column({ type: 'date', nullable: true }) tradingStartedOn: string | null;
  @Column() employsStaff: boolean;
  @Column({ type: 'numeric', transformer: numeric }) fteHeadcount: number;
  @Column({ type: 'integer' }) peopleSupportedPerWeek: number;
  @Column({ type: 'numeric', transformer: numeric }) hoursPerWeek: number;
  @Column({ type: 'text' }) stage: PipelineStage;
  @Column({ type: 'double precision' }) boardPosition: number;
  @Column({ type: 'timestamptz' }) stageEnteredAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;

  /** The date trading starts or started, for deadlines that hang off it. */
  get tradingStartsOn(): string | null {
    return this.tradingStartedOn ?? this.plannedTradingOn;
  }
}
