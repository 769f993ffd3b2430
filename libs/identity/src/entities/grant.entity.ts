import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Scoped access: Catalyst of an Area, Member of an Enterprise, Holder or Delegate of a PersonalBudget, Admin. */
export enum GrantKind {
  Admin = 'ADMIN',
  CatalystOfArea = 'CATALYST_OF_AREA',
  MemberOfEnterprise = 'MEMBER_OF_ENTERPRISE',
  HolderOfBudget = 'HOLDER_OF_BUDGET',
  DelegateOfBudget = 'DELEGATE_OF_BUDGET',
}

@Entity('grants')
export class Grant {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column({ type: 'text' }) kind: GrantKind;
  @Column({ type: 'uuid', nullable: true }) scopeId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
