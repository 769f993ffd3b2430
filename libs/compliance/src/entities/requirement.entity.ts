import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { RequirementDefinition, RequirementTrigger } from '../catalogue/requirement-definition';
import { RequirementAppliesTo } from '../dto/compliance.enums';
import { DueRule, ValidityFrom } from '../rules/due-dates';

/** A catalogue entry as loaded by a migration from a versioned data file (catalogue/catalogue-v*.ts). */
@Entity('requirements')
export class Requirement implements RequirementDefinition {
  @PrimaryColumn('text') code: string;
  @Column('int') version: number;
  @Column('text') title: string;
  @Column('text') guidance: string;
  @Column('text') legalBasis: string;
  @Column({ type: 'text', nullable: true }) sourceUrl: string | null;
  @Column('text') appliesTo: RequirementAppliesTo;
  @Column('jsonb') trigger: RequirementTrigger;
  @Column('boolean') mandatory: boolean;
  @Column('boolean') beforeTrading: boolean;
  @Column('jsonb') dueRule: DueRule;
  @Column({ type: 'int', nullable: true }) validityMonths: number | null;
  @Column('text') validityFrom: ValidityFrom;
  @Column({ type: 'int', array: true }) reminderOffsetsDays: number[];
  @Column({ type: 'int', nullable: true }) chaseEveryDays: number | null;
  @Column('int') position: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
