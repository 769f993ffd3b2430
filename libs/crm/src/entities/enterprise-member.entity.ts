import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum MemberRole {
  FOUNDER = 'FOUNDER',
  MEMBER = 'MEMBER',
}
registerEnumType(MemberRole, { name: 'MemberRole' });

/** A person who works in an enterprise; they get an account when they accept their invitation. */
@Entity('enterprise_members')
export class Member {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') enterpriseId: string;
  @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Column() name: string;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'text' }) role: MemberRole;
  @Column() worksWithClients: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
