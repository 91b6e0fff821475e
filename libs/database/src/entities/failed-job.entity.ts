import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A job that used all its attempts, for operators to see and replay. */
@Entity('failed_jobs')
@Index('UQ_failed_jobs_queue_job', ['queue', 'jobId'], { unique: true })
export class FailedJob {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { length: 40 })
  queue: string;

  @Column('varchar', { name: 'job_name', length: 40 })
  jobName: string;

  @Column('varchar', { name: 'job_id', length: 200 })
  jobId: string;

  @Column('jsonb')
  data: Record<string, unknown>;

  @Column('text')
  error: string;

  @Column('integer')
  attempts: number;

  @Column('timestamptz', { name: 'failed_at' })
  failedAt: Date;

  @Column('timestamptz', { name: 'replayed_at', nullable: true })
  replayedAt: Date | null;
}
