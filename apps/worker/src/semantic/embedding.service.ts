import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { ENV, type Env } from '@relais/config';
import { DataSource } from 'typeorm';
import { Need, Offer, Organization, TextEmbedding, type EmbeddedKind } from '@relais/database';
import { JOBS, JobQueues } from '@relais/jobs';
import { hasPresentation, hasPresentationSql, PostingEncoder, presentationOf } from '@relais/semantic';
import type { JobOutcome } from '../jobs/job-handler';
import { SearchSyncService } from '../search-sync/search-sync.service';
import { embedStale } from './embed-stale';

/** Postings embedded in one batch at most. */
const BATCH = 32;

/**
 * Embeds an open posting's text after it is published or changed, stores the vector, gives it
 * to search, and has the posting matched again, now on its meaning too. Until then (or if
 * embedding fails: the job is retried), the posting is matched on its words alone.
 */
@Injectable()
export class EmbeddingService implements OnModuleDestroy {
  private readonly logger = new Logger(EmbeddingService.name);
  private encoder: Promise<PostingEncoder> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sync: SearchSyncService,
    private readonly queues: JobQueues,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** `retrying`: an earlier try may have stored the vector and failed after; syncing and matching are done again. */
  embedNeed(id: string, retrying = false): Promise<JobOutcome> {
    return this.embed('need', id, retrying);
  }

  embedOffer(id: string, retrying = false): Promise<JobOutcome> {
    return this.embed('offer', id, retrying);
  }

  /**
   * The directory then finds the organization by the meaning of its presentation. Other
   * organizations waiting for a vector are embedded in the same batch, as postings are.
   */
  async embedOrganization(id: string, retrying = false): Promise<JobOutcome> {
    if (this.env.EMBEDDINGS === 'off') return 'skipped: embeddings are off (EMBEDDINGS=off)';
    const organization = await this.dataSource.getRepository(Organization).findOneBy({ id });
    if (!organization) return 'skipped: organization gone';
    if (!hasPresentation(organization)) {
      // A presentation emptied since: its old vector goes.
      const { affected } = await this.dataSource.getRepository(TextEmbedding).delete({ subjectId: id });
      if (affected) await this.sync.syncOrganizationDocument(organization);
      return 'skipped: no presentation to embed';
    }
    const batch = [organization, ...(await this.waitingToEmbed(Organization, id))];
    const embedded = new Set(await embedStale(this.dataSource, await this.encoderNow(), 'organization', batch.map(presentationOf)));
    if (embedded.size === 0 && !retrying) return 'skipped: embedding up to date';
    for (const done of batch.filter((o) => embedded.has(o.id) || (retrying && o.id === id))) await this.sync.syncOrganizationDocument(done);
    return 'done';
  }

  /**
   * Other rows of the kind (open postings, or organizations with a presentation) with no vector, or changed since
   * theirs was computed (embedStale keeps those whose text changed).
   */
  private async waitingToEmbed<T extends Need | Offer | Organization>(entity: new () => T, exceptId: string): Promise<T[]> {
    const open = entity === Organization ? `${hasPresentationSql('p')} AND ` : "p.status = 'open' AND ";
    return this.dataSource
      .getRepository<T>(entity)
      .createQueryBuilder('p')
      .leftJoin(TextEmbedding, 'e', 'e.subject_id = p.id')
      .where(`${open}p.id <> :exceptId AND (e.subject_id IS NULL OR p.updated_at > e.updated_at)`, { exceptId })
      .orderBy('p.updated_at', 'ASC')
      .limit(BATCH - 1)
      .getMany();
  }

  /** Loaded on first use, in a thread of its own (about 200 ms, 250 MB): a worker that never embeds does not hold the model. */
  encoderNow(): Promise<PostingEncoder> {
    this.encoder ??= PostingEncoder.load().then(
      (encoder) => {
        this.logger.log(`Sentence encoder loaded; French text ${encoder.translator === 'apertium' ? 'translated by Apertium' : 'embedded as written (Apertium is not installed)'}`);
        return encoder;
      },
      (error: unknown) => {
        this.encoder = null;
        throw error;
      },
    );
    return this.encoder;
  }

  async onModuleDestroy(): Promise<void> {
    const encoder = await this.encoder?.catch(() => null);
    await encoder?.close();
  }

  private async embed(kind: EmbeddedKind, id: string, retrying: boolean): Promise<JobOutcome> {
    if (this.env.EMBEDDINGS === 'off') return 'skipped: embeddings are off (EMBEDDINGS=off)';
    const posting = await this.dataSource.getRepository<Need | Offer>(kind === 'need' ? Need : Offer).findOneBy({ id });
    if (!posting) return `skipped: ${kind} gone`;
    if (posting.status !== 'open') return `skipped: ${kind} not open`;
    const encoder = await this.encoderNow();
    // Postings published meanwhile are embedded in the same batch: Apertium starts once for all
    // (a French posting alone costs about 270 ms, 66 ms in a batch of 20). Their own jobs then find them done.
    const batch = [posting, ...(await this.waitingToEmbed<Need | Offer>(kind === 'need' ? Need : Offer, id))];
    const embedded = new Set(await embedStale(this.dataSource, encoder, kind, batch));
    if (embedded.size === 0 && !retrying) return 'skipped: embedding up to date';
    for (const done of batch.filter((p) => embedded.has(p.id) || (retrying && p.id === id))) {
      await (kind === 'need' ? this.sync.syncNeed(done.id) : this.sync.syncOffer(done.id));
      const again = `embedded-${done.id}-${encoder.textKey(done).slice(0, 16)}`;
      await this.queues.add(kind === 'need' ? JOBS.matchNeed : JOBS.matchOffer, { id: done.id }, again, { background: true });
    }
    return 'done';
  }
}
