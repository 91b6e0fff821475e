import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job that used all its attempts, for operators to see and replay. The worker's reconciler
 * runs it again on its own a number of times (a dependency may have been down), unless the
 * failure was permanent (the job itself said no try can succeed).
 */
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

  /** No later try can succeed (e.g. the SMTP server refused the address for good): only an operator replays it. */
  @Column('boolean', { default: false })
  permanent: boolean;

  /** How many times the reconciler ran it again. */
  @Column('integer', { name: 'auto_retries', default: 0 })
  autoRetries: number;
}
