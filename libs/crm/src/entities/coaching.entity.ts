import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum SessionMode {
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
}
registerEnumType(SessionMode, { name: 'SessionMode' });

export enum ActionOwner {
  ENTREPRENEUR = 'ENTREPRENEUR',
  CATALYST = 'CATALYST',
}
registerEnumType(ActionOwner, { name: 'ActionOwner' });

@Entity('coaching_sessions')
export class CoachingSession {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') enterpriseId: string;
  @Column({ type: 'uuid', nullable: true }) catalystId: string | null;
  @Column({ type: 'date' }) heldOn: string;
  @Column({ type: 'integer' }) minutes: number;
  @Column({ type: 'text' }) mode: SessionMode;
  @Column({ type: 'text', array: true }) topics: string[];
  @Column({ type: 'text' }) summary: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('coaching_actions')
export class Action {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') enterpriseId: string;
  @Column({ type: 'uuid', nullable: true }) sessionId: string | null;
  @Column() title: string;
  @Column({ type: 'date' }) dueOn: string;
  @Column({ type: 'text' }) owner: ActionOwner;
  @Column({ type: 'timestamptz', nullable: true }) doneAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
