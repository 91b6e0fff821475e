/**
 * Bulk import in the browser: a provider uploads a CSV file with a mistake, reads the problem by
 * its line, fixes the file, imports it and watches the matching reach the end; in French on a
 * laptop and in English on a phone (360 px).
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { send, WebStack } from './support/web-stack';

jest.setTimeout(180_000);

const PASSWORD = 'une phrase de passe assez longue';
const SKILL_ACCOUNTING = '880c54f9-866e-4f37-b5fa-25ef8a7d49b6';

/** Two offers as a French spreadsheet saves them; `effortDays` of the second is `days`. */
function offersCsv(year: number, days: string): Buffer {
  const header = 'title;description;skills;languages;effortDays;availableFrom;availableTo;workModes;mechanisms';
  const row = (title: string, effort: string) =>
    `${title};"Expert-comptable ; dix ans auprès de coopératives d'Afrique de l'Ouest";${SKILL_ACCOUNTING};fr|en;${effort};${year}-01-15;${year}-06-30;remote|hybrid;skills_sponsorship`;
  return Buffer.from(`\uFEFF${header}\r\n${row('Comptable senior', '20')}\r\n${row('Contrôleuse de gestion', days)}\r\n`, 'utf8');
}

const TEXTS = {
  fr: {
    link: 'Importer des offres ou besoins',
    heading: 'Importer des offres ou des besoins',
    file: 'Fichier CSV ou JSON',
    submit: 'Importer le fichier',
    refused: 'Le fichier n’a pas été importé',
    line: 'Ligne 3',
    reason: 'doit être un nombre',
    done: 'Terminé : les 2 publications importées ont été traitées.',
  },
  en: {
    link: 'Import offers or needs',
    heading: 'Import offers or needs',
    file: 'CSV or JSON file',
    submit: 'Import the file',
    refused: 'The file was not imported',
    line: 'Line 3',
    reason: 'must be a number',
    done: 'Done: all 2 imported postings have been matched.',
  },
};

describe('bulk import in the browser', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await WebStack.start();
  });
  afterEach(() => stack.screenshotOpenPages(expect.getState().currentTestName ?? 'test'));
  afterAll(async () => {
    await stack?.stop();
  });

  async function importAsProvider(language: 'fr' | 'en', viewport: { width: number; height: number }, other: { width: number; height: number }): Promise<Page> {
    const texts = TEXTS[language];
    const { context, page } = await stack.newPage(language, viewport);
    const email = `rse-${randomUUID().slice(0, 8)}@numerica.test`;
    await stack.createAccount(context, { email, password: PASSWORD, displayName: 'Paul Martin', locale: language });
    const organization = await send(context, '/api/organizations', { name: `Numerica ${randomUUID().slice(0, 6)}`, kind: 'company', country: 'FR' });
    // A year of its own: these offers meet no other suite's needs.
    const year = 2400 + Math.floor(Math.random() * 400);

    await page.goto(`/organizations/${organization.id}/dashboard`);
    await page.getByRole('link', { name: texts.link }).click();
    await page.getByRole('heading', { name: texts.heading, level: 1 }).waitFor();

    await page.getByLabel(texts.file).setInputFiles({ name: 'offres.csv', mimeType: 'text/csv', buffer: offersCsv(year, 'vingt') });
    await page.getByRole('button', { name: texts.submit }).click();
    await page.getByRole('heading', { name: texts.refused }).waitFor();
    const problem = page.getByRole('row', { name: new RegExp(`${texts.line}.*effortDays.*${texts.reason}`) });
    await problem.waitFor();
    await stack.checkPage(page, `imports-refused-${language}-${viewport.width}`);
    await page.setViewportSize(other);
    await stack.checkPage(page, `imports-refused-${language}-${other.width}`);
    await page.setViewportSize(viewport);

    await page.getByLabel(texts.file).setInputFiles({ name: 'offres.csv', mimeType: 'text/csv', buffer: offersCsv(year, '15') });
    await page.getByRole('button', { name: texts.submit }).click();
    await page.getByText(texts.done).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('progressbar').getAttribute('value')).toBe('2');
    await stack.checkPage(page, `imports-done-${language}-${viewport.width}`);
    await page.setViewportSize(other);
    await stack.checkPage(page, `imports-done-${language}-${other.width}`);
    return page;
  }

  it('a provider fixes the line the page names, imports its offers and sees them all matched (French, laptop)', async () => {
    const page = await importAsProvider('fr', { width: 1280, height: 860 }, { width: 360, height: 780 });
    // The past imports list the one that went through.
    await page.getByRole('heading', { name: 'Imports précédents' }).waitFor();
    await page.getByRole('row', { name: /Offres 2 sur 2 (0 )?2 sur 2/ }).waitFor();
  });

  it('the same on a phone, in English', async () => {
    await importAsProvider('en', { width: 360, height: 780 }, { width: 1280, height: 860 });
  });
});
