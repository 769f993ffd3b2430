import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { RememberedMatching } from '../imports/import-columns';
import { RowProblem } from '../imports/import-row';
import { SpreadsheetKind } from '../imports/spreadsheet-reader';

export enum EnterpriseImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(EnterpriseImportStatus, { name: 'EnterpriseImportStatus' });

export enum ImportRowOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}
registerEnumType(ImportRowOutcome, { name: 'ImportRowOutcome' });

/** One upload of a caseload spreadsheet for an Area: a dry run (preview) or the real thing. */
@Entity('enterprise_imports')
export class EnterpriseImport {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') areaId: string;
  @Column('uuid') createdById: string;
  @Column('text') fileName: string;
  @Column('text') fileKind: SpreadsheetKind;
  @Column({ type: 'text', array: true }) headers: string[];
  @Column('text') status: EnterpriseImportStatus;
  @Column('boolean') dryRun: boolean;
  @Column('boolean') sendInvitations: boolean;
  @Column('boolean') createPossibleDuplicates: boolean;
  @Column('integer') rowsTotal: number;
  @Column('integer') rowsDone: number;
  @Column('integer') created: number;
  @Column('integer') updated: number;
  @Column('integer') unchanged: number;
  @Column('integer') rejected: number;
  @Column('integer') possibleDuplicates: number;
  @Column({ type: 'text', nullable: true }) failure: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
  /** When the rows (founders' names and emails as uploaded) were deleted, 30 days after it finished. */
  @Column({ type: 'timestamptz', nullable: true }) rowsDeletedAt: Date | null;
}

/** An existing enterprise a row may be: same postcode, a similar name. */
export interface PossibleDuplicate {
  enterpriseId: string;
  name: string;
  similarity: number;
}

/** A spreadsheet row as uploaded (cells as text), and what the last run made of it. */
@Entity('enterprise_import_rows')
export class EnterpriseImportRow {
  @PrimaryColumn('uuid') importId: string;
  @PrimaryColumn('integer') rowNumber: number;
  @Column({ type: 'text', array: true }) cells: string[];
  @Column({ type: 'text', nullable: true }) outcome: ImportRowOutcome | null;
  @Column({ type: 'uuid', nullable: true }) enterpriseId: string | null;
  @Column({ type: 'jsonb', nullable: true }) duplicateOf: PossibleDuplicate[] | null;
  @Column({ type: 'jsonb' }) problems: RowProblem[];
}

/** How an Area's Catalysts matched headers to fields last time, so the next file matches the same way. */
@Entity('enterprise_import_matchings')
export class EnterpriseImportMatching {
  @PrimaryColumn('uuid') areaId: string;
  @Column({ type: 'jsonb' }) matching: RememberedMatching;
  @Column({ type: 'uuid', nullable: true }) updatedById: string | null;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}
