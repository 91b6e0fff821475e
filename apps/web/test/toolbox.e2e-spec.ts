/**
 * The toolbox as a visitor meets it, in Chromium against the real stack: the mechanisms and
 * one sheet in both languages, the advisor walked question by question, and the calculators,
 * each compared with what the API answers for the same input.
 */
import type { Page } from 'playwright-core';
import { isAsked, type AdvisorAnswers, type AdvisorQuestion, type MechanismAdvice, type SkillsSponsorshipResult } from '@relais/toolbox';
import path from 'node:path';
import { SCREENSHOT_DIR, WebStack } from './support/web-stack';

jest.setTimeout(180_000);

const PHONE = { width: 360, height: 780 };
/** The width an A4 page leaves inside 16 mm margins (178 mm at 96 dpi). */
const A4_TEXT_WIDTH = 673;

describe('the toolbox in the browser', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await WebStack.start();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function open(language: 'fr' | 'en', viewport?: { width: number; height: number }): Promise<Page> {
    const { context, page } = await stack.newPage(language, viewport);
    return page;
  }

  async function apiJson<T>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
    const response = method === 'GET' ? await page.request.get(path) : await page.request.post(path, { data });
    expect(response.status()).toBe(200);
    return (await response.json()) as T;
  }

  it('lists the mechanisms and shows one sheet in French and in English', async () => {
    const page = await open('fr');
    await page.goto('/toolbox');
    await page.getByRole('heading', { level: 1, name: 'Boîte à outils' }).waitFor();
    const french = await apiJson<{ items: Array<{ code: string; title: string }> }>(page, 'GET', '/api/toolbox/mechanisms?lang=fr');
    for (const sheet of french.items) await page.getByRole('link', { name: sheet.title, exact: true }).waitFor();
    await expectLink(page, 'Conseiller', '/toolbox/advisor');
    await expectLink(page, 'Calculateurs', '/toolbox/calculators');
    await stack.checkPage(page, 'toolbox-fr');
    await checkPrint(page, 'toolbox-fr', ['Imprimer']);

    const leave = french.items.find((sheet) => sheet.code === 'solidarity_leave')!;
    await page.getByRole('link', { name: leave.title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: leave.title }).waitFor();
    expect(page.url()).toMatch(/\/toolbox\/mechanisms\/solidarity_leave$/);
    for (const heading of ['Qui peut le faire ?', 'Étapes', 'Documents', 'Références juridiques', 'Points de vigilance']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    await page.getByText('Faits vérifiés le 31 mars 2026').waitFor();
    expect(await page.getByRole('link', { name: 'french-business-law.com' }).getAttribute('href')).toMatch(/^https:\/\//);
    await stack.checkPage(page, 'mechanism-fr');
    await checkPrint(page, 'mechanism-fr', ['Imprimer']);
    await page.setViewportSize(PHONE);
    await stack.checkPage(page, 'mechanism-fr-360');

    const english = await open('en');
    const sheet = await apiJson<{ title: string; steps: string[] }>(english, 'GET', '/api/toolbox/mechanisms/skills_sponsorship?lang=en');
    await english.goto('/toolbox/mechanisms/skills_sponsorship');
    await english.getByRole('heading', { level: 1, name: sheet.title }).waitFor();
    await english.getByText('Facts checked on 31 Mar 2026').waitFor();
    await english.getByRole('heading', { level: 2, name: 'Legal references' }).waitFor();
    const steps = english.getByRole('heading', { level: 2, name: 'Steps' }).locator('xpath=following-sibling::ol[1]/li');
    expect(await steps.allTextContents()).toEqual(sheet.steps);
    await stack.checkPage(english, 'mechanism-en');
    await checkPrint(english, 'mechanism-en', ['Print']);
    await english.setViewportSize(PHONE);
    await stack.checkPage(english, 'mechanism-en-360');

    await english.goto('/toolbox');
    await english.getByRole('heading', { level: 1, name: 'Toolbox' }).waitFor();
    await stack.checkPage(english, 'toolbox-en-360');

    // A code of no mechanism says so instead of a blank page.
    await english.goto('/toolbox/mechanisms/teleportation');
    await english.getByRole('heading', { level: 1, name: 'Mechanism not found' }).waitFor();
  });

  it('walks the advisor in French, one question at a time, and shows what the API advises for the same answers', async () => {
    const page = await open('fr');
    const { items: questions } = await apiJson<{ items: AdvisorQuestion[] }>(page, 'GET', '/api/toolbox/advisor/questions?lang=fr');
    // A company employee lent on working time to a French general-interest association acting in Senegal.
    const plan: Partial<Record<string, AdvisorAnswers[keyof AdvisorAnswers] | 'unknown'>> = {
      providerKind: 'company',
      companyRealTaxRegime: true,
      personStatus: 'private_employee',
      seniorityMonths: 30,
      age: 34,
      timeUse: 'working_time',
      duration: 10,
      startDate: 'unknown',
      destinationCountry: 'SN',
      hostKind: 'association',
      hostCountry: 'FR',
      hostGeneralInterest: true,
      hostActionType: 'humanitarian',
      programmeControlledFromFrance: true,
      fundsActionsDirectly: true,
      canJustifyExpenses: 'unknown',
    };

    await page.goto('/toolbox/advisor');
    await page.getByRole('heading', { level: 1, name: 'Conseiller' }).waitFor();
    const given: AdvisorAnswers = {};
    const seen: string[] = [];
    // What the lib says is asked, given the answers so far ("I don't know" adds none).
    const askedNow = () => questions.filter((question) => isAsked(question, given));
    for (let position = 1; position <= askedNow().length; position++) {
      const asked = askedNow();
      const question = asked[position - 1];
      await page.getByRole('heading', { level: 2, name: `Question ${position} sur ${asked.length}` }).waitFor();
      if (position === 2) {
        // "Previous" goes back with the answer kept.
        await page.getByRole('button', { name: 'Précédent' }).click();
        await page.getByRole('heading', { level: 2, name: /^Question 1 sur/ }).waitFor();
        expect(await page.getByRole('radio', { name: 'Entreprise', exact: true }).isChecked()).toBe(true);
        await page.getByRole('button', { name: 'Suivant' }).click();
        await page.getByRole('heading', { level: 2, name: `Question 2 sur ${asked.length}` }).waitFor();
        await screenshotsOfStep(page);
      }
      await page.getByText(question.question, { exact: true }).waitFor();
      seen.push(question.id);
      const answer = plan[question.id];
      expect([question.id, answer !== undefined]).toEqual([question.id, true]);
      const next = position === asked.length ? 'Voir les résultats' : 'Suivant';
      if (answer === 'unknown') {
        await page.getByRole('button', { name: 'Je ne sais pas' }).click();
      } else {
        await answerStep(page, question, answer!);
        Object.assign(given, question.id === 'duration' ? { durationDays: answer } : { [question.id]: answer });
        await page.getByRole('button', { name: next }).click();
      }
    }
    expect(seen).toEqual(askedNow().map((question) => question.id));
    expect(seen).toEqual(expect.arrayContaining(['seniorityMonths', 'hostActionType', 'canJustifyExpenses']));
    expect(seen).not.toContain('hostEeaApproved');
    expect(seen.length).toBeLessThan(questions.length);

    const advice = await apiJson<{ items: MechanismAdvice[] }>(page, 'POST', '/api/toolbox/advisor?lang=fr', given);
    await page.getByRole('heading', { level: 2, name: 'Résultats' }).waitFor();
    const groups = [
      ['yes', /^Possibles? \(/],
      ['unknown', /^À préciser \(/],
      ['no', /^Pas possibles? \(/],
    ] as const;
    for (const [eligible, name] of groups) {
      const expected = advice.items.filter((item) => item.eligible === eligible).map((item) => item.title);
      const region = page.getByRole('region', { name });
      if (!expected.length) {
        expect(await region.count()).toBe(0);
        continue;
      }
      expect(await region.getByRole('heading', { level: 4 }).allTextContents()).toEqual(expected);
    }
    expect(advice.items.find((item) => item.code === 'skills_sponsorship')?.eligible).toBe('unknown');
    expect(advice.items.find((item) => item.code === 'staff_loan')?.eligible).toBe('yes');
    // The rules that decided it, next to each mechanism.
    const loan = advice.items.find((item) => item.code === 'staff_loan')!;
    const loanCard = page.getByRole('article', { name: loan.title });
    for (const rule of loan.rules) await loanCard.getByText(rule.text).waitFor();
    // What is still missing can be answered from the results, which come back updated.
    const sponsorship = advice.items.find((item) => item.code === 'skills_sponsorship')!;
    expect(sponsorship.missing.map((missing) => missing.field)).toContain('canJustifyExpenses');
    await stack.checkPage(page, 'advisor-results-fr');
    await checkPrint(page, 'advisor-results-fr', ['Imprimer', 'Modifier mes réponses', 'Recommencer']);
    await page.setViewportSize(PHONE);
    await stack.checkPage(page, 'advisor-results-fr-360');
    await page.setViewportSize({ width: 1280, height: 860 });

    const card = page.getByRole('article', { name: sponsorship.title });
    await card.getByRole('button', { name: sponsorship.missing.find((missing) => missing.field === 'canJustifyExpenses')!.question }).click();
    await page.getByRole('radio', { name: 'Oui', exact: true }).check();
    await page.getByRole('button', { name: /Suivant|Voir les résultats/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Résultats' }).waitFor();
    const updated = await apiJson<{ items: MechanismAdvice[] }>(page, 'POST', '/api/toolbox/advisor?lang=fr', { ...given, canJustifyExpenses: true });
    const possible = updated.items.filter((item) => item.eligible === 'yes').map((item) => item.title);
    expect(possible).toContain(sponsorship.title);
    // The results come back from the API after the heading shows: wait for the newly possible one before reading the list.
    const possibleRegion = page.getByRole('region', { name: /^Possibles? \(/ });
    await possibleRegion.getByRole('heading', { level: 4, name: sponsorship.title, exact: true }).waitFor();
    expect(await possibleRegion.getByRole('heading', { level: 4 }).allTextContents()).toEqual(possible);
  });

  it("keeps the advisor's answers and its place when the reader switches language", async () => {
    const page = await open('en', PHONE);
    await page.goto('/toolbox/advisor');
    await page.getByRole('heading', { level: 2, name: /^Question 1 of \d+$/ }).waitFor();
    await stack.checkPage(page, 'advisor-step-en-360');
    await page.getByRole('radio', { name: 'Company', exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 2, name: /^Question 2 of \d+$/ }).waitFor();
    // The new question takes the focus, for a screen reader to read it first.
    expect(await page.locator(':focus').textContent()).toMatch(/^Question 2 of/);
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 2, name: /^Question 2 sur \d+$/ }).waitFor();
    await page.getByText("L'entreprise est-elle imposée selon un régime réel (ni micro, ni exonérée d'IS) ?", { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Précédent' }).click();
    expect(await page.getByRole('radio', { name: 'Entreprise', exact: true }).isChecked()).toBe(true);
  });

  it('computes skills sponsorship in English with the figures and steps of the API', async () => {
    const page = await open('en');
    await page.goto('/toolbox/calculators');
    await page.getByRole('heading', { level: 1, name: 'Calculators' }).waitFor();
    const calculator = page.getByRole('region', { name: 'Skills sponsorship' });
    const box = (name: string) => calculator.getByRole('textbox', { name, exact: true });
    await box('Year').fill('2026');
    await box('Turnover excluding VAT').fill('2,000,000');
    await box('Gross monthly pay').fill('4000');
    await box('Employer charges rate').fill('45');
    await box('Working days lent').fill('10');
    await calculator.getByRole('button', { name: 'Calculate' }).click();

    const result = await apiJson<SkillsSponsorshipResult>(page, 'POST', '/api/toolbox/calculators/skills-sponsorship', {
      year: 2026,
      turnover: 2_000_000,
      colucheHost: false,
      people: [{ grossMonthlyPay: 4000, employerCharges: { rate: 0.45 }, days: 10 }],
    });
    expect(result).toMatchObject({ timeValue: 2676.86, reduction: 1606.12, netCost: 1070.75 });
    const shown = calculator.getByRole('region', { name: 'Result (2026)' });
    await shown.waitFor();
    const euros = (value: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: value % 1 ? 2 : 0 }).format(value);
    expect(await shown.getByRole('definition').allTextContents()).toEqual(
      [result.timeValue, result.totalDonations, result.ceiling, result.eligibleDonations, result.reduction, result.carriedForward, result.netCost].map(euros),
    );
    expect(await shown.getByRole('list', { name: 'How it was calculated' }).getByRole('listitem').allTextContents()).toEqual(result.steps.map((step) => step.en));
    await stack.checkPage(page, 'calculators-en');
    await checkPrint(page, 'calculators-en', ['Print', 'Calculate']);
    await page.setViewportSize(PHONE);
    await stack.checkPage(page, 'calculators-en-360');
  });

  it("shows the API's field errors next to the calculators' fields, in French", async () => {
    const page = await open('fr');
    await page.goto('/toolbox/calculators#internship');
    const internship = page.getByRole('region', { name: 'Gratification de stage' });
    const hours = internship.getByRole('textbox', { name: 'Heures de présence', exact: true });
    await hours.fill('2000');
    await internship.getByRole('button', { name: 'Calculer' }).click();
    await expectFieldError(hours, /ne peut pas dépasser 6 mois \(924 heures de présence\)/);
    await hours.fill('400');
    await internship.getByRole('button', { name: 'Calculer' }).click();
    await internship.getByText('La gratification est obligatoire.').waitFor();
    expect(await hours.getAttribute('aria-invalid')).toBeNull();

    // The toolbox names one field at a time: fixing it shows the next.
    const sponsorship = page.getByRole('region', { name: 'Mécénat de compétences' });
    const box = (name: string) => sponsorship.getByRole('textbox', { name, exact: true });
    await box('Salaire brut mensuel').fill('-100');
    await box('Taux de charges patronales').fill('45');
    await box('Jours de travail prêtés').fill('10');
    await sponsorship.getByRole('button', { name: 'Calculer' }).click();
    await expectFieldError(box('Salaire brut mensuel'), /^doit être supérieur à 0$/);
    await sponsorship.getByRole('alert').getByText(/Un champ est à corriger/).waitFor();
    await stack.checkPage(page, 'calculators-errors-fr');
    await box('Salaire brut mensuel').fill('4 000');
    await sponsorship.getByRole('button', { name: 'Calculer' }).click();
    await expectFieldError(box('Chiffre d’affaires hors taxes'), /^doit être un nombre$/);

    // A text that is no number is refused before sending.
    const volunteer = page.getByRole('region', { name: 'Frais des bénévoles' });
    await volunteer.getByRole('textbox', { name: 'Frais abandonnés', exact: true }).fill('douze');
    await volunteer.getByRole('button', { name: 'Calculer' }).click();
    await expectFieldError(volunteer.getByRole('textbox', { name: 'Frais abandonnés', exact: true }), /^doit être un nombre$/);
  });

  /** On paper: no header, footer or action buttons, nothing wider than an A4 page; saves `<name>-print.png`. */
  async function checkPrint(page: Page, name: string, hiddenButtons: string[]) {
    const viewport = page.viewportSize()!;
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 950 });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('contentinfo').isVisible()).toBe(false);
    for (const name of hiddenButtons) expect([name, await page.getByRole('button', { name, exact: true }).first().isVisible()]).toEqual([name, false]);
    // A string, evaluated in the page: this file is compiled without the DOM's types.
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(A4_TEXT_WIDTH);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-print.png`), fullPage: true });
    await page.emulateMedia({ media: null });
    await page.setViewportSize(viewport);
  }

  async function expectLink(page: Page, name: string, href: string) {
    expect(await page.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href);
  }

  async function expectFieldError(input: ReturnType<Page['getByRole']>, message: RegExp) {
    await input.and(input.page().locator('[aria-invalid="true"]')).waitFor();
    const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    const texts = await Promise.all(ids.map((id) => input.page().locator(`[id="${id}"]`).textContent()));
    expect(texts.some((text) => message.test(text ?? ''))).toBe(true);
  }

  async function screenshotsOfStep(page: Page) {
    await stack.checkPage(page, 'advisor-step-fr');
    await page.setViewportSize(PHONE);
    await stack.checkPage(page, 'advisor-step-fr-360');
    await page.setViewportSize({ width: 1280, height: 860 });
  }

  async function answerStep(page: Page, question: AdvisorQuestion, answer: AdvisorAnswers[keyof AdvisorAnswers]) {
    switch (question.kind) {
      case 'choice':
      case 'boolean': {
        const label = question.options!.find((option) => option.value === answer)!.label;
        await page.getByRole('radio', { name: label, exact: true }).check();
        return;
      }
      case 'duration':
        await page.getByLabel('Durée').fill(String(answer));
        await page.getByLabel('Unité').selectOption('durationDays');
        return;
      case 'country':
        await page.getByLabel(question.question).selectOption(String(answer));
        return;
      default:
        await page.getByLabel(question.question).fill(String(answer));
    }
  }
});
