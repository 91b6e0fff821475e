import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, IsNull, LessThan, Repository } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { FailedJob, Need, Offer, Organization, TextEmbedding } from '@relais/database';
import { againJobId, JOBS, JobQueues, type JobData, type JobName } from '@relais/jobs';
import { SearchIndex } from '@relais/search';
import { hasPresentationSql } from '@relais/semantic';
import { EngagementCheckpoints } from '../notifications/engagement-checkpoints';
import { ProposalDeadlines } from '../notifications/proposal-deadlines';
import { DigestScheduler } from './digest-scheduler';
import { Retention } from './retention';

/** After this many runs of its own, a failed job waits for an operator. */
export const MAX_AUTO_RETRIES = 30;

export type ReconcileReport = {
  digestScheduled: boolean;
  /** Pending proposals whose reminder and expiry jobs were checked. */
  proposalsScheduled: number;
  /** Engagements whose checkpoints were queued again (those waiting in Redis stay as they are). */
  engagementsScheduled: number;
  jobsRunAgain: number;
  postingsRequeued: number;
  /** Postings and organizations. */
  toEmbed: number;
  problems: string[];
  retention?: { warned: number; erased: number };
};

/** Open postings (and organizations) without a vector queued for embedding per pass: upgraded data is embedded a little at a time. */
const EMBED_PER_PASS = 100;

/** The retention rule runs at most this often (its unit is the day). */
const RETENTION_EVERY_MS = 3600 * 1000;

const POSTINGS = [
  { entity: Need, index: 'needs', sync: JOBS.syncNeed, match: JOBS.matchNeed },
  { entity: Offer, index: 'offers', sync: JOBS.syncOffer, match: JOBS.matchOffer },
] as const;

/** What is embedded: open postings, and organizations' presentations (those that say something). */
const EMBEDDED = [
  { entity: Need, embed: JOBS.embedNeed, embeddable: "p.status = 'open'" },
  { entity: Offer, embed: JOBS.embedOffer, embeddable: "p.status = 'open'" },
  { entity: Organization, embed: JOBS.embedOrganization, embeddable: hasPresentationSql('p') },
] as const;

/**
 * Drives again, on its own, the work that stopped because a dependency was down, once it
 * answers: every RECONCILE_INTERVAL_MS it
 * - asserts the daily digest's schedule, and the reminders and expiries of pending proposals
 *   (delayed jobs, lost when Redis restarts empty);
 * - runs again the jobs that failed for good, unless their failure was permanent, up to
 *   MAX_AUTO_RETRIES times each (a job that fails again is recorded again, and waits a pass);
 * - compares the open postings in PostgreSQL with the search index, and queues the sync and
 *   the matching of each one that is missing, or listed though no longer open;
 * - queues the embedding of open postings and organizations that have no vector (an embedding
 *   that failed for good, or data from before embeddings), EMBED_PER_PASS of each kind at a time;
 * - once an hour, applies the retention rule to inactive accounts.
 * Each step is separate: one dependency down does not stop the others.
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Reconciler.name);
  private running = false;
  private stopped: Promise<void> = Promise.resolve();
  private readonly wake = new AbortController();
  private retentionRanAt = 0;

  constructor(
    @InjectRepository(FailedJob) private readonly failedJobs: Repository<FailedJob>,
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    private readonly search: SearchIndex,
    private readonly digest: DigestScheduler,
    private readonly retention: Retention,
    private readonly proposalDeadlines: ProposalDeadlines,
    private readonly engagementCheckpoints: EngagementCheckpoints,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.stopped = this.loop();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake.abort();
    await this.stopped;
  }

  async reconcile(): Promise<ReconcileReport> {
    const report: ReconcileReport = { digestScheduled: false, proposalsScheduled: 0, engagementsScheduled: 0, jobsRunAgain: 0, postingsRequeued: 0, toEmbed: 0, problems: [] };
    const step = async (name: string, work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        report.problems.push(`${name}: ${(error as Error).message}`);
      }
    };
    await step('digest schedule', async () => {
      await this.digest.schedule();
      report.digestScheduled = true;
    });
    await step('proposal deadlines', async () => {
      report.proposalsScheduled = await this.proposalDeadlines.scheduleAll();
    });
    await step('engagement checkpoints', async () => {
      report.engagementsScheduled = await this.engagementCheckpoints.scheduleAll();
    });
    await step('failed jobs', async () => {
      report.jobsRunAgain = await this.runFailedJobsAgain();
    });
    await step('search index', async () => {
      report.postingsRequeued = await this.repairIndex();
    });
    if (this.env.EMBEDDINGS === 'on') {
      await step('vectors', async () => {
        report.toEmbed = await this.queueMissingVectors();
      });
    }
    if (Date.now() - this.retentionRanAt >= RETENTION_EVERY_MS) {
      await step('retention', async () => {
        report.retention = await this.retention.run();
        this.retentionRanAt = Date.now();
      });
    }
    return report;
  }

  /** Failed jobs recorded at least one interval ago, oldest first; each is marked replayed once queued. */
  private async runFailedJobsAgain(): Promise<number> {
    const due = await this.failedJobs.find({
      where: { replayedAt: IsNull(), permanent: false, autoRetries: LessThan(MAX_AUTO_RETRIES), failedAt: LessThan(new Date(Date.now() - this.env.RECONCILE_INTERVAL_MS)) },
      order: { failedAt: 'ASC' },
      take: 500,
    });
    for (const failed of due) {
      const retry = failed.autoRetries + 1;
      await this.queues.add(failed.jobName as JobName, failed.data as JobData, againJobId(failed.jobId, 'retry', retry));
      await this.failedJobs.update({ id: failed.id }, { autoRetries: retry, replayedAt: new Date() });
    }
    return due.length;
  }

  /**
   * Open postings missing from the index, and indexed ones no longer open, changed at least an
   * interval ago (newer changes are still on their way through the outbox).
   */
  private async repairIndex(): Promise<number> {
    const settledBefore = new Date(Date.now() - this.env.RECONCILE_INTERVAL_MS);
    let requeued = 0;
    for (const { entity, index, sync, match } of POSTINGS) {
      const rows: Array<{ id: string; open: boolean; recent: boolean }> = await this.dataSource
        .createQueryBuilder(entity, 'p')
        .select(['p.id AS id', "p.status = 'open' AS open", 'p.updated_at >= :settledBefore AS recent'])
        .where("p.status = 'open' OR p.updated_at >= :settledBefore", { settledBefore })
        .getRawMany();
      const open = new Set(rows.filter((row) => row.open).map((row) => row.id));
      const recent = new Set(rows.filter((row) => row.recent).map((row) => row.id));
      const indexed = new Set<string>();
      for await (const ids of this.search.documentIds(index)) ids.forEach((id) => indexed.add(id));
      const missing = [...open].filter((id) => !indexed.has(id) && !recent.has(id));
      const stale = [...indexed].filter((id) => !open.has(id) && !recent.has(id));
      const stamp = Date.now();
      for (const id of missing) {
        await this.queues.add(sync, { id }, `reconcile-${id}-${stamp}`, { background: true });
        await this.queues.add(match, { id }, `reconcile-match-${id}-${stamp}`, { background: true });
      }
      for (const id of stale) await this.queues.add(sync, { id }, `reconcile-${id}-${stamp}`, { background: true });
      requeued += missing.length + stale.length;
    }
    return requeued;
  }

  /** Open postings and organizations, changed at least an interval ago, that have no vector. */
  private async queueMissingVectors(): Promise<number> {
    const settledBefore = new Date(Date.now() - this.env.RECONCILE_INTERVAL_MS);
    let queued = 0;
    for (const { entity, embed, embeddable } of EMBEDDED) {
      const rows: Array<{ id: string }> = await this.dataSource
        .createQueryBuilder(entity, 'p')
        .select('p.id', 'id')
        .leftJoin(TextEmbedding, 'e', 'e.subject_id = p.id')
        .where(`${embeddable} AND e.subject_id IS NULL AND p.updated_at < :settledBefore`, { settledBefore })
        .orderBy('p.updated_at', 'ASC')
        .limit(EMBED_PER_PASS)
        .getRawMany();
      // One job id per row and hour: while the embedding queue catches up, later passes queue nothing again.
      const hour = Math.floor(Date.now() / 3_600_000);
      for (const { id } of rows) await this.queues.add(embed, { id }, `reconcile-embed-${id}-${hour}`, { background: true });
      queued += rows.length;
    }
    return queued;
  }

  private async loop(): Promise<void> {
    while (this.running) {
      await sleep(this.env.RECONCILE_INTERVAL_MS, undefined, { signal: this.wake.signal }).catch(() => undefined);
      if (!this.running) return;
      const report = await this.reconcile();
      if (report.jobsRunAgain || report.postingsRequeued || report.toEmbed) {
        this.logger.log(
          `Reconciled: ${report.jobsRunAgain} failed job(s) run again, ${report.postingsRequeued} posting(s) queued for the search index, ${report.toEmbed} posting(s) or organization(s) for embedding`,
        );
      }
      if (report.problems.length) this.logger.warn(`Reconciling will try again: ${report.problems.join('; ')}`);
    }
  }
}
