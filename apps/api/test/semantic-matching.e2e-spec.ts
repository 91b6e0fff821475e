import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { Need, Offer, TextEmbedding } from '@relais/database';
import { JOBS, JobQueues, QUEUE_OF } from '@relais/jobs';
import { offerCandidatesFilter, SearchIndex } from '@relais/search';
import { embedMissing } from '../../../scripts/search-reindex';
import { Reconciler } from '../../worker/src/jobs/reconciler';
import { EmbeddingService } from '../../worker/src/semantic/embedding.service';
import { needBody, offerBody, TestApi } from './support/test-api';

type Suggested = { score: number; offer: { id: string }; reasons: Array<{ factor: string; value: number; text: { fr: string; en: string } }> };

/**
 * Matching on meaning: the worker embeds each published posting (sentence encoder, French put in
 * English by Apertium), stores the vector, gives it to Meilisearch, and matches the posting again.
 */
describe('matching on what postings mean, not only on their words', () => {
  let api: TestApi;
  let db: DataSource;
  // A year of its own: no other suite's postings fit these (the others use 2100-4499).
  const year = 5000 + Math.floor(Math.random() * 400);

  beforeAll(async () => {
    api = await TestApi.start({ worker: true });
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  async function publish(side: 'needs' | 'offers', body: Record<string, unknown>, kind: 'association' | 'company') {
    const owner = await api.register(kind);
    const organization = await api.createOrganization(owner, { kind, generalInterest: kind === 'association', name: `${kind} ${randomUUID().slice(0, 6)}` });
    const created = await api.call('POST', `/api/organizations/${organization.id}/${side}`, { token: owner.token, body });
    expect(created.status).toBe(201);
    expect((await api.call('POST', `/api/${side}/${created.body.id}/publish`, { token: owner.token })).status).toBe(200);
    return { owner, id: created.body.id as string };
  }

  it('suggests an English web developer for a French need about an old website, which names no trade and no skill', async () => {
    const developer = await publish(
      'offers',
      offerBody({
        title: 'Web developer for charities',
        description: 'Builds and maintains websites for small charities, with online donation forms and a simple editor volunteers can use.',
        skills: [],
        keywords: ['WordPress'],
        availableFrom: `${year}-01-01`,
        availableTo: `${year}-12-31`,
      }),
      'company',
    );
    const deIcer = await publish(
      'offers',
      offerBody({
        title: 'Aircraft de-icing equipment installer',
        description: 'Installs and services de-icing equipment at regional airports.',
        skills: [],
        keywords: [],
        availableFrom: `${year}-01-01`,
        availableTo: `${year}-12-31`,
      }),
      'company',
    );
    const need = await publish(
      'needs',
      needBody({
        title: 'Aide pour notre site',
        description: 'Notre site est vieux et plus personne ne sait le modifier. Nous voudrions que nos soutiens puissent faire un don en ligne.',
        skills: [],
        keywords: [],
        workMode: 'remote',
        startDate: `${year}-03-01`,
        endDate: `${year}-05-31`,
      }),
      'association',
    );

    // Matched at once on its words, then again once both texts are embedded: the suggestion then gives its closeness in meaning.
    const suggestions = await api.eventually(async () => {
      const answer = await api.call('GET', `/api/needs/${need.id}/suggestions`, { token: need.owner.token });
      const items: Suggested[] = answer.body.items;
      return items.some((s) => s.offer.id === developer.id && s.reasons.some((r) => r.factor === 'meaning')) && items;
    }, 30_000);

    const suggested = suggestions.find((s) => s.offer.id === developer.id)!;
    const meaning = suggested.reasons.find((r) => r.factor === 'meaning');
    expect(meaning?.value).toBeGreaterThan(0.3);
    expect(meaning?.text.fr).toMatch(/proximité de sens/);
    expect(suggestions.some((s) => s.offer.id === deIcer.id)).toBe(false);
    // The vectors are stored, and Meilisearch holds them: with a text that matches nothing, the need's vector alone finds the developer first.
    const vectors = await db.getRepository(TextEmbedding).findBy([{ subjectId: need.id }, { subjectId: developer.id }]);
    expect(vectors.map((v) => v.kind).sort()).toEqual(['need', 'offer']);
    const search = api.worker!.get(SearchIndex);
    const filter = offerCandidatesFilter(await db.getRepository(Need).findOneByOrFail({ id: need.id }));
    const nearest = await search.findCandidates('offers', 'xqzwv', filter, 1, { vector: vectors.find((v) => v.kind === 'need')!.vector });
    expect(nearest[0]?.id).toBe(developer.id);
  });

  it("the offers listing finds, for 'website design', a French web developer whose offer has neither word; the words alone do not", async () => {
    const marker = `z${randomUUID().slice(0, 8)}`;
    const developer = await publish(
      'offers',
      offerBody({
        title: 'Développeuse web',
        description: `Je crée et je refais les sites des associations : pages claires, formulaire de don, un outil simple pour les bénévoles. ${marker}`,
        skills: [],
        keywords: [],
        availableFrom: `${year}-01-01`,
        availableTo: `${year}-12-31`,
      }),
      'company',
    );
    await api.eventually(() => db.getRepository(TextEmbedding).findOneBy({ subjectId: developer.id }), 30_000);
    const search = api.worker!.get(SearchIndex);
    // Synced to Meilisearch with its vector (the marker finds it by its words).
    await api.eventually(async () => (await search.searchOffers(marker)).items.some((o) => o.id === developer.id), 30_000);

    const { token } = await api.register('association');
    const listed = await api.call('GET', '/api/offers?q=website%20design&pageSize=100', { token });
    expect(listed.status).toBe(200);
    const ids = (listed.body.items as Array<{ id: string }>).map((o) => o.id);
    expect(ids).toContain(developer.id);
    expect(listed.body.total).toBeGreaterThanOrEqual(ids.length);
    const wordsAlone = await search.searchOffers('website design', {}, { pageSize: 100 });
    expect(wordsAlone.items.map((o) => o.id)).not.toContain(developer.id);
    // Meaning lists only what is close enough: not for a query about something else.
    const unrelated = await api.call('GET', '/api/offers?q=aircraft%20de-icing%20equipment&pageSize=100', { token });
    expect((unrelated.body.items as Array<{ id: string }>).map((o) => o.id)).not.toContain(developer.id);
  });

  it("the organizations directory finds, for 'website design', a French web studio whose presentation has neither word", async () => {
    const owner = await api.register('company');
    // A name alone is not embedded: it would be close "in meaning" to any other unknown word.
    const bare = await api.createOrganization(owner, { kind: 'company', name: 'Atelier Pixel (ancien compte)' });
    // A fixed text: its closeness to the query (a ranking score of 0.787) is the same at every run.
    const studio = await api.createOrganization(owner, {
      kind: 'company',
      name: 'Atelier Pixel',
      description: 'Nous créons et nous refaisons les sites des associations : pages claires, formulaire de don, un outil simple pour les bénévoles.',
    });
    const embedded = await api.eventually(() => db.getRepository(TextEmbedding).findOneBy({ subjectId: studio.id }), 30_000);
    expect(embedded.kind).toBe('organization');
    expect(await db.getRepository(TextEmbedding).existsBy({ subjectId: bare.id })).toBe(false);

    // The embedding job syncs the directory's document again, with its vector.
    const listed = await api.eventually(async () => {
      const answer = await api.call('GET', '/api/organizations?q=website%20design&pageSize=100');
      return (answer.body.items as Array<{ id: string }>).some((o) => o.id === studio.id) && answer;
    }, 30_000);
    expect(listed.status).toBe(200);
    const search = api.worker!.get(SearchIndex);
    expect((await search.searchOrganizations('website design', {}, { pageSize: 100 })).items.map((o) => o.id)).not.toContain(studio.id);
    const unrelated = await api.call('GET', '/api/organizations?q=aircraft%20de-icing%20equipment&pageSize=100');
    expect((unrelated.body.items as Array<{ id: string }>).map((o) => o.id)).not.toContain(studio.id);

    // Without its vector (data from before embeddings), search:reindex embeds it again.
    await db.getRepository(TextEmbedding).delete({ subjectId: studio.id });
    const encoder = await api.worker!.get(EmbeddingService).encoderNow();
    expect(await embedMissing(db, encoder)).toBeGreaterThanOrEqual(1);
    expect(await db.getRepository(TextEmbedding).findOneBy({ subjectId: studio.id })).toMatchObject({ kind: 'organization', vector: embedded.vector });
    expect(await db.getRepository(TextEmbedding).existsBy({ subjectId: bare.id })).toBe(false);
  }, 90_000);

  it('embeds a changed text again, and only then', async () => {
    const offer = await publish('offers', offerBody({ availableFrom: `${year}-01-01`, availableTo: `${year}-12-31` }), 'company');
    const first = await api.eventually(() => db.getRepository(TextEmbedding).findOneBy({ subjectId: offer.id }), 30_000);

    const edited = await api.call('PATCH', `/api/offers/${offer.id}`, { token: offer.owner.token, body: { description: 'Chartered accountant, now also training treasurers of village savings groups.' } });
    expect(edited.status).toBe(200);

    const second = await api.eventually(async () => {
      const row = await db.getRepository(TextEmbedding).findOneBy({ subjectId: offer.id });
      return row && row.textKey !== first.textKey && row;
    }, 30_000);
    expect(second.vector).not.toEqual(first.vector);
  });

  it('postings published together are embedded together (Apertium starts once): the later jobs find theirs done', async () => {
    const titles = ['Comptable bénévole', 'Traductrice anglais-français', 'Juriste des associations', 'Développeur de sites', 'Formatrice en gestion'];
    const owner = await api.register('company');
    const organization = await api.createOrganization(owner, { kind: 'company', name: `company ${randomUUID().slice(0, 6)}` });
    const offers: Array<{ id: string }> = [];
    for (const title of titles) {
      const body = offerBody({ title, description: `${title} : dix ans d’expérience auprès des associations.`, availableFrom: `${year}-01-01`, availableTo: `${year}-12-31` });
      offers.push((await api.call('POST', `/api/organizations/${organization.id}/offers`, { token: owner.token, body })).body);
    }
    // Published at the same moment, as an import would.
    await Promise.all(offers.map((offer) => api.call('POST', `/api/offers/${offer.id}/publish`, { token: owner.token })));
    const ids = offers.map((offer) => offer.id);
    await api.eventually(async () => (await db.getRepository(TextEmbedding).countBy({ subjectId: In(ids) })) === ids.length, 30_000);

    const queue = api.worker!.get(JobQueues).queue(QUEUE_OF[JOBS.embedOffer]);
    const outcomes = await api.eventually(async () => {
      const jobs = (await queue.getJobs(['completed'])).filter((job) => ids.includes(job.data.id) && job.name === JOBS.embedOffer);
      return jobs.length === ids.length && jobs.map((job) => job.returnvalue as string);
    }, 30_000);
    expect(outcomes.filter((outcome) => outcome === 'skipped: embedding up to date').length).toBeGreaterThanOrEqual(1);
  });

  it('postings without a vector (data from before embeddings) are embedded by the reconciler, and by search:reindex', async () => {
    const offer = await publish('offers', offerBody({ availableFrom: `${year}-01-01`, availableTo: `${year}-12-31` }), 'company');
    await api.eventually(() => db.getRepository(TextEmbedding).findOneBy({ subjectId: offer.id }), 30_000);
    const forget = async () => {
      await db.getRepository(TextEmbedding).delete({ subjectId: offer.id });
      // Changed long enough ago for the reconciler to take it up.
      await db.query(`UPDATE offers SET updated_at = now() - interval '1 hour' WHERE id = $1`, [offer.id]);
    };

    await forget();
    const report = await api.worker!.get(Reconciler).reconcile();
    expect(report.toEmbed).toBeGreaterThanOrEqual(1);
    await api.eventually(() => db.getRepository(TextEmbedding).findOneBy({ subjectId: offer.id }), 30_000);

    await forget();
    const encoder = await api.worker!.get(EmbeddingService).encoderNow();
    expect(await embedMissing(db, encoder)).toBeGreaterThanOrEqual(1);
    const row = await db.getRepository(Offer).findOneByOrFail({ id: offer.id });
    expect(await db.getRepository(TextEmbedding).findOneBy({ subjectId: offer.id })).toMatchObject({ kind: 'offer', textKey: encoder.textKey(row) });
  }, 120_000);
});
