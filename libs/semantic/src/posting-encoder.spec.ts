import { Apertium } from './apertium';
import { PostingEncoder, postingText } from './posting-encoder';
import { cosine, VECTOR_DIMENSIONS } from './sentence-encoder';

// The real encoder, and Apertium as Debian installs it (sudo apt-get install apertium-fr-es apertium-eng-spa).
const posting = (title: string, description: string, keywords: string[] = []) => ({ title, description, keywords });

const WEBSITE_FR = posting('Aide pour notre site', 'Notre site est vieux et personne ne sait le modifier ; nous voudrions que nos soutiens puissent faire un don en ligne.');
const WEB_DEVELOPER_EN = posting('Web developer', 'Builds and maintains websites for charities, with online donation forms.', ['WordPress']);
const DE_ICER_EN = posting('Aircraft de-icing installer', 'Installs and services de-icing equipment at airports.');

describe('PostingEncoder', () => {
  let encoder: PostingEncoder;
  beforeAll(async () => {
    encoder = await PostingEncoder.load();
  });
  afterAll(() => encoder.close());

  it('uses Apertium for French text on this machine', () => {
    expect(Apertium.available()).toBe(true);
    expect(encoder.translator).toBe('apertium');
  });

  it('gives vectors of length 1, the same for the same text', async () => {
    const [a, b] = await encoder.embed([WEB_DEVELOPER_EN, WEB_DEVELOPER_EN]);
    expect(a.vector).toHaveLength(VECTOR_DIMENSIONS);
    expect(cosine(a.vector, a.vector)).toBeCloseTo(1, 4);
    expect(b).toEqual(a);
  });

  it('puts a French need closer to the English offer that meets it than to one that does not, sharing no word', async () => {
    const [need, developer, deIcer] = (await encoder.embed([WEBSITE_FR, WEB_DEVELOPER_EN, DE_ICER_EN])).map((e) => e.vector);
    expect(cosine(need, developer)).toBeGreaterThan(cosine(need, deIcer) + 0.1);
  });

  it('keys a vector to the text: another text, another key; the same text, the same key', () => {
    expect(encoder.textKey(WEBSITE_FR)).toBe(encoder.textKey({ ...WEBSITE_FR }));
    expect(encoder.textKey(WEBSITE_FR)).not.toBe(encoder.textKey({ ...WEBSITE_FR, keywords: ['don'] }));
    expect(encoder.textKey(WEBSITE_FR)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads the title, the description and the keywords', () => {
    expect(postingText(WEB_DEVELOPER_EN)).toBe('Web developer. Builds and maintains websites for charities, with online donation forms. WordPress.');
  });
});

describe('Apertium', () => {
  it('translates a batch of French texts to English, each in its place', async () => {
    const english = await new Apertium().frenchToEnglish(['Relire nos statuts avant l’assemblée générale.', 'Les femmes du groupement perdent une partie de la récolte.']);
    expect(english).toHaveLength(2);
    expect(english[0]).toMatch(/general assembly/i);
    expect(english[1]).toMatch(/^The women of the grouping/);
  });
});
