import { Role } from '@small-places/platform';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('invitations')
export class Invitation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() email: string;
  @Column({ type: 'text' }) role: Role;
  /** The Areas, enterprise or budget the invitation grants access to, by role. */
  @Column({ type: 'uuid', array: true }) scopeIds: string[];
  /** Written by the worker when the email is sent (mail-links.ts); null until then. */
  @Column({ type: 'text', nullable: true }) tokenHash: string | null;
  @Column({ type: 'uuid', nullable: true }) invitedById: string | null;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) acceptedById: string | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
