import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An Area's own validity or reminder offsets for a requirement (councils differ); null keeps the catalogue's. */
@Entity('requirement_overrides')
export class RequirementOverride {
  @PrimaryColumn('uuid') areaId: string;
  @PrimaryColumn('text') requirementCode: string;
  @Column({ type: 'int', nullable: true }) validityMonths: number | null;
  @Column({ type: 'int', array: true, nullable: true }) reminderOffsetsDays: number[] | null;
  @Column({ type: 'uuid', nullable: true }) updatedById: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
