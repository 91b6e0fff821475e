import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Need, Offer, Organization, Skill } from '@relais/database';
import { needDocument, offerDocument, organizationDocument, SearchIndex, type FromText } from '@relais/search';
import { TextSkills } from '@relais/skills-catalog';
import { TextVectors } from '../semantic/text-vectors';

/** A posting as read from PostgreSQL (null: gone), its stored embedding, and a wait until the index holds it. */
export type Started = { posting: Need | Offer | null; vector: readonly number[] | null; indexed: () => Promise<void> };

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
    const { posting, indexed } = await this.start(Need, id);
    await indexed();
    return posting as Need | null;
  }

  async syncOffer(id: string): Promise<Offer | null> {
    const { posting, indexed } = await this.start(Offer, id);
    await indexed();
    return posting as Offer | null;
  }

  /**
   * Sends an open posting to its index, or removes one that is not open, without waiting:
   * `indexed` waits until the index holds the change.
   */
  async start(entity: typeof Need | typeof Offer, id: string): Promise<Started> {
    const index = entity === Need ? 'needs' : 'offers';
    const posting = await this.dataSource.getRepository<Need | Offer>(entity).findOne({ where: { id }, relations: { organization: true } });
    if (posting?.status !== 'open') return { posting, vector: null, indexed: await this.search.startRemove(index, [id]) };
    const skills = await this.skills(posting.skills);
    const fromText = await this.fromText(posting);
    // Not even awaited until queued (10 to 15 ms while Meilisearch indexes): matching searches the other index meanwhile.
    const sent =
      posting instanceof Need
        ? this.search.startUpsert('needs', [needDocument(posting, posting.organization!, skills, fromText)])
        : this.search.startUpsert('offers', [offerDocument(posting as Offer, posting.organization!, skills, fromText)]);
    sent.catch(() => undefined); // `indexed` rethrows it; until then a failure must not go unhandled
    return { posting, vector: fromText.vector ?? null, indexed: async () => (await sent)() };
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

  /** What the document holds of the posting's text: what TextSkills reads, and its embedding when there is one. */
  private async fromText(posting: Need | Offer): Promise<FromText> {
    return { ...this.textSkills.fromText(posting), vector: await this.vectors.of(posting.id) };
  }

  private skills(ids: string[]): Promise<Skill[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.getRepository(Skill).findBy({ id: In([...new Set(ids)]) });
  }
}
