import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Need, Offer, Organization, Skill } from '@relais/database';
import { needDocument, offerDocument, organizationDocument, SearchIndex, type FromText } from '@relais/search';
import { TextSkills } from '@relais/skills-catalog';
import { TextVectors } from '../semantic/text-vectors';

/** A posting as read from PostgreSQL (null: gone), and a wait until the index holds it. */
export type Started<P> = { posting: P | null; indexed: () => Promise<void> };

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
    const { posting, indexed } = await this.startNeed(id);
    await indexed();
    return posting;
  }

  async syncOffer(id: string): Promise<Offer | null> {
    const { posting, indexed } = await this.startOffer(id);
    await indexed();
    return posting;
  }

  /** Sends the need to the index (or removes it) without waiting: `indexed` waits until the index holds the change. */
  async startNeed(id: string): Promise<Started<Need>> {
    const need = await this.dataSource.getRepository(Need).findOne({ where: { id }, relations: { organization: true } });
    const indexed =
      need?.status === 'open'
        ? await this.search.startUpsert('needs', [needDocument(need, need.organization!, await this.skills(need.skills), await this.fromText(need))])
        : await this.search.startRemove('needs', [id]);
    return { posting: need, indexed };
  }

  async startOffer(id: string): Promise<Started<Offer>> {
    const offer = await this.dataSource.getRepository(Offer).findOne({ where: { id }, relations: { organization: true } });
    const indexed =
      offer?.status === 'open'
        ? await this.search.startUpsert('offers', [offerDocument(offer, offer.organization!, await this.skills(offer.skills), await this.fromText(offer))])
        : await this.search.startRemove('offers', [id]);
    return { posting: offer, indexed };
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
