import { MECHANISM_CODES, type Locale } from '@relais/domain';
import { docxText, foldSpaces, pdfText } from '@relais/testing';
import { AGREEMENT_TEMPLATES, costing, fillTemplate, receiptSummary, toDocx, toPdf, type AgreementInput } from './index';
import { fillText } from './fill';

const input = (overrides: Partial<AgreementInput> = {}): AgreementInput => ({
  engagementId: '00000000-0000-4000-8000-000000000001',
  mechanism: 'skills_sponsorship',
  version: 3,
  host: { name: 'Association Eau Vive Dakar', kind: 'association', country: 'SN', city: 'Dakar', siren: null, rna: 'W751234567', generalInterest: true },
  provider: { name: 'Société Numérique Solidaire', kind: 'company', country: 'FR', city: 'Lyon', siren: '123456789', rna: null, generalInterest: false },
  need: { title: 'Refaire le site de collecte de dons', country: 'SN', city: 'Dakar' },
  offer: { title: 'Développement web', },
  startDate: '2026-03-02',
  endDate: '2026-03-27',
  effort: { amount: 10, unit: 'days' },
  people: [{ name: 'Camille Martin', role: 'Développeuse', grossMonthlyPay: 4000, chargesRate: 0.45 }],
  workPlan: [{ title: 'Maquettes validées', due: '2026-03-10', done: false }],
  signatures: { host: new Date('2026-02-20T10:00:00Z'), provider: null },
  generatedOn: '2026-02-21',
  ...overrides,
});


describe('agreement templates', () => {
  const cases = MECHANISM_CODES.flatMap((mechanism) => AGREEMENT_TEMPLATES[mechanism].flatMap((template) => (['fr', 'en'] as Locale[]).map((locale) => ({ mechanism, template, locale }))));

  it.each(cases)('$mechanism / $template.kind / $locale fills every placeholder and cites its sources', ({ mechanism, template, locale }) => {
    const document = fillTemplate(template, input({ mechanism }), locale);
    const text = JSON.stringify(document);
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(template.sources.length).toBeGreaterThan(0);
    for (const id of template.sources) expect(text).toContain(`[${id}]`);
    expect(text).toContain('Camille Martin');
  });

  it('every mechanism has its documents, each kind once', () => {
    const kinds = MECHANISM_CODES.flatMap((code) => AGREEMENT_TEMPLATES[code].map((template) => template.kind));
    expect(MECHANISM_CODES.every((code) => AGREEMENT_TEMPLATES[code].length > 0)).toBe(true);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(AGREEMENT_TEMPLATES.staff_loan.map((template) => template.kind)).toEqual(['staff_loan_agreement', 'contract_amendment']);
  });

  it('refuses a placeholder nothing answers instead of leaving a blank', () => {
    expect(() => fillText('Bonjour {{host.nom}}', { 'host.name': 'X' })).toThrow('Unknown placeholder {{host.nom}}');
  });
});

describe('costing of skills sponsorship', () => {
  it('values the time lent with the toolbox calculator (the facts sheet worked example: 10 days at 4,000 € + 45 %)', () => {
    const figures = costing(input());
    expect(figures.complete).toBe(true);
    expect(figures.total).toBe(2676.86);
    expect(figures.year).toBe(2026);
  });

  it('shares the effort between the people, and says when a pay is missing', () => {
    const two = costing(input({ people: [{ name: 'A', role: '', grossMonthlyPay: 4000, chargesRate: 0.45 }, { name: 'B', role: '' }] }));
    expect(two.complete).toBe(false);
    expect(two.rows[0].result?.value).toBe(1338.43);
    const document = fillTemplate(AGREEMENT_TEMPLATES.skills_sponsorship[0], input({ people: [{ name: 'B', role: '' }] }), 'fr');
    expect(JSON.stringify(document)).toContain('rémunération à renseigner');
  });

  it('uses the last known year for an engagement that starts after it', () => {
    expect(costing(input({ startDate: '2031-01-05', endDate: '2031-02-01' })).year).toBe(2026);
  });
});

describe('DOCX and PDF', () => {
  it.each(['fr', 'en'] as Locale[])('both carry the two organizations, the dates and the figures (%s)', async (locale) => {
    const document = fillTemplate(AGREEMENT_TEMPLATES.skills_sponsorship[0], input(), locale);
    const [pdf, docx] = await Promise.all([toPdf(document), toDocx(document)]);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const expected = locale === 'fr' ? ['2 mars 2026', '27 mars 2026', '267,69 €', '2 676,86 €', 'Convention de mécénat de compétences'] : ['2 March 2026', '27 March 2026', '€267.69', '€2,676.86', 'Skills-sponsorship agreement'];
    for (const text of [await pdfText(pdf), docxText(docx)]) {
      for (const wanted of ['Association Eau Vive Dakar', 'Société Numérique Solidaire', 'Camille Martin', ...expected]) expect(text).toContain(foldSpaces(wanted));
    }
  });

  it('prints a name in another script as written', async () => {
    const document = fillTemplate(AGREEMENT_TEMPLATES.volunteering[0], input({ mechanism: 'volunteering', host: { ...input().host, name: 'Ассоциация Мир' } }), 'en');
    expect(await pdfText(await toPdf(document))).toContain('Ассоциация Мир');
  });
});

describe('summary for the tax receipt (CERFA 16216*02)', () => {
  it('values the approved time per person, in figures and in words, with the period it was given in', async () => {
    const approved = { byPerson: new Map([['Camille Martin', 10]]), firstDay: '2026-03-02', lastDay: '2026-03-13' };
    const document = receiptSummary(input(), approved, 'fr');
    const text = await pdfText(await toPdf(document));
    for (const wanted of ['Association Eau Vive Dakar', 'RNA W751234567', 'Société Numérique Solidaire', 'SIREN 123456789', '2 676,86 €', 'deux mille six cent soixante-seize euros et quatre-vingt-six centimes', 'du 2 mars 2026 au 13 mars 2026', 'CERFA 16216*02']) {
      expect(text).toContain(foldSpaces(wanted));
    }
  });

  it('values only what was approved, and says when a pay is missing', () => {
    const people = [{ name: 'A', role: '', grossMonthlyPay: 4000, chargesRate: 0.45 }, { name: 'B', role: '' }];
    const half = receiptSummary(input({ people }), { byPerson: new Map([['A', 5]]), firstDay: '2026-03-02', lastDay: '2026-03-06' }, 'en');
    expect(JSON.stringify(half)).toContain('€1,338.43');
    const missing = receiptSummary(input({ people }), { byPerson: new Map([['A', 5], ['B', 1]]), firstDay: '2026-03-02', lastDay: '2026-03-06' }, 'en');
    expect(JSON.stringify(missing)).toContain('pay to be given');
  });
});
