import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A document attached to a checklist item; its bytes are in file storage under `storageKey`. */
@Entity('evidence_files')
export class EvidenceFile {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') checklistItemId: string;
  @Column('uuid') enterpriseId: string;
  /** Random (newStorageKey): never derived from the name, the person or the enterprise. */
  @Column('text') storageKey: string;
  /** Sanitised (safeFileName) before it is stored: shown to people and used in Content-Disposition. */
  @Column('text') fileName: string;
  /** Judged from the bytes, never from the name or the client's header. */
  @Column('text') contentType: string;
  @Column('int') sizeBytes: number;
  @Column({ type: 'uuid', nullable: true }) uploadedById: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
