import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('personal_budgets')
export class PersonalBudget {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') holderId: string;
  @Column() label: string;
  @Column({ type: 'integer' }) paymentPence: number;
  @Column({ type: 'integer' }) periodDays: number;
  @Column({ type: 'date' }) startsOn: string;
  @Column({ type: 'integer' }) contributionPence: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  /** Set when the holder closed their account: the periods stop rolling, the ledger stays (anonymised). */
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
}
