import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Need, Offer, Organization, Skill } from '@relais/database';
import { needDocument, offerDocument, organizationDocument, SearchIndex } from '@relais/search';
import { TextSkills } from '@relais/skills-catalog';
import { TextVectors } from '../semantic/text-vectors';

/**
 * A posting as read from PostgreSQL (null: gone), its stored embedding, and `index`, which sends
 * it to its index (an open one; one that is not open was removed at once) and waits until the
 * index holds it.
 */
export type Started = { posting: Need | Offer | null; vector: readonly number[] | null; index: () => Promise<void> };

/** Copies rows to Meilisearch: open postings are upserted, others removed. PostgreSQL stays the truth. */
@Injectable()
export class SearchSyncService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchIndex,
    private readonly textSkills: TextSkills,
    private readonly vectors: TextVectors,
  ) {}

  /** Returns the need (with its organization) when it exists, after syncing it. */
  async syncNeed(id: string): Promise<Need | null> {
    const { posting, index } = await this.start(Need, id);
    await index();
    return posting as Need | null;
  }

  async syncOffer(id: string): Promise<Offer | null> {
    const { posting, index } = await this.start(Offer, id);
    await index();
    return posting as Offer | null;
  }

  /**
   * Reads the posting; removes it from its index at once when it is not open. An open one is
   * sent when `index` is called: matching searches first, so that Meilisearch indexing it does
   * not slow the search its first suggestions wait for.
   */
  async start(entity: typeof Need | typeof Offer, id: string): Promise<Started> {
    const index = entity === Need ? 'needs' : 'offers';
    const [posting, vector] = await Promise.all([
      this.dataSource.getRepository<Need | Offer>(entity).findOne({ where: { id }, relations: { organization: true } }),
      this.vectors.of(id),
    ]);
    if (posting?.status !== 'open') {
      const removed = await this.search.startRemove(index, [id]);
      return { posting, vector: null, index: removed };
    }
    const send = async () => {
      const skills = await this.skills(posting.skills);
      const fromText = { ...this.textSkills.fromText(posting), vector };
      return posting instanceof Need
        ? this.search.upsert('needs', [needDocument(posting, posting.organization!, skills, fromText)])
        : this.search.upsert('offers', [offerDocument(posting as Offer, posting.organization!, skills, fromText)]);
    };
    return { posting, vector, index: send };
  }

  /** The organization's own document, and its open postings, which show its name. */
  async syncOrganization(id: string): Promise<boolean> {
    const organization = await this.dataSource.getRepository(Organization).findOneBy({ id });
    if (!organization) {
      await this.search.remove('organizations', [id]);
      return false;
    }
    await this.syncOrganizationDocument(organization);
    const where = { organizationId: id, status: 'open' as const };
    const needs = await this.dataSource.getRepository(Need).findBy(where);
    const offers = await this.dataSource.getRepository(Offer).findBy(where);
    const skills = await this.skills([...needs, ...offers].flatMap((p) => p.skills));
    const vectors = await this.vectors.ofMany([...needs, ...offers].map((p) => p.id));
    const fromText = (posting: Need | Offer) => ({ ...this.textSkills.fromText(posting), vector: vectors.get(posting.id) });
    if (needs.length) await this.search.upsert('needs', needs.map((n) => needDocument(n, organization, skills, fromText(n))));
    if (offers.length) await this.search.upsert('offers', offers.map((o) => offerDocument(o, organization, skills, fromText(o))));
    return true;
  }

  /** The organization's directory document, with its presentation's embedding when there is one. */
  async syncOrganizationDocument(organization: Organization): Promise<void> {
    await this.search.upsert('organizations', [organizationDocument(organization, await this.vectors.of(organization.id))]);
  }

  private skills(ids: string[]): Promise<Skill[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.getRepository(Skill).findBy({ id: In([...new Set(ids)]) });
  }
}
