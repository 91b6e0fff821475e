import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Proposal } from './proposal.entity';

/**
 * A message of the thread between the two organizations of a proposal. Only their members read
 * it; the author's name is shown to the other side once the proposal is accepted, like the
 * contacts.
 */
@Entity('proposal_messages')
@Index('IDX_proposal_messages_thread', ['proposalId', 'createdAt'])
export class ProposalMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'proposal_id' })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'FK_proposal_messages_proposal' })
  proposal?: Proposal;

  /** The organization the author wrote for: one of the proposal's two. */
  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  /** The member who wrote it (null once that account is erased). */
  @Column('uuid', { name: 'author_id', nullable: true })
  authorId: string | null;

  @Column('text')
  body: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
