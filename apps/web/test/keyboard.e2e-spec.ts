/**
 * A host posts a need and reads its suggestions with the keyboard alone, in English, in
 * Chromium against the real stack: Tab, Shift+Tab, Enter, Space, arrows and typing, no click
 * and no fill. Locators only read. Every control the focus passes through must show where the
 * focus is (an outline or a box shadow) and be on screen.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { eventually, send, WebStack } from './support/web-stack';

jest.setTimeout(120_000);

const PASSWORD = 'une phrase de passe assez longue';
const SKILL_ACCOUNTING = '880c54f9-866e-4f37-b5fa-25ef8a7d49b6'; // ESCO "accounting techniques"
const unique = () => randomUUID().slice(0, 8);

/** The focused element as a person using assistive technology would meet it. */
type Focused = { tag: string; role: string; name: string; visibleFocus: boolean; onScreen: boolean; style: string };

/**
 * In-page code describing document.activeElement: its role, an accessible name close to the
 * browser's (aria-labelledby, aria-label, label, text; aria-hidden parts left out), and whether
 * its focus can be seen. A string, evaluated in the page: this file has no DOM types.
 */
const DESCRIBE_FOCUS = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const text = (node) => {
    if (node.nodeType === 3) return node.textContent;
    if (node.nodeType !== 1 || node.getAttribute('aria-hidden') === 'true' || node.hidden) return '';
    return [...node.childNodes].map(text).join('');
  };
  const clean = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const tag = el.tagName.toLowerCase();
  const type = (el.getAttribute('type') || '').toLowerCase();
  const implicit = tag === 'a' ? 'link' : tag === 'button' ? 'button' : tag === 'select' ? 'combobox' : tag === 'textarea' ? 'textbox'
    : tag === 'input' ? ({ checkbox: 'checkbox', radio: 'radio', submit: 'button', button: 'button', number: 'spinbutton', search: 'searchbox' }[type] || (type === 'date' ? 'date' : 'textbox'))
    : tag;
  const labelledBy = (el.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean).map((id) => document.getElementById(id)).filter(Boolean);
  const name = labelledBy.length ? labelledBy.map(text).join(' ')
    : el.getAttribute('aria-label') || (el.labels && el.labels.length ? [...el.labels].map(text).join(' ') : '')
    || (['a', 'button'].includes(tag) ? text(el) : '') || el.getAttribute('title') || '';
  const cs = getComputedStyle(el);
  // Past its year, a date input hands the focus to Chromium's own calendar button, which draws its own ring.
  const inUaButton = type === 'date' && !el.matches(':focus');
  const outline = inUaButton || (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0);
  const shadow = cs.boxShadow && cs.boxShadow !== 'none';
  const r = el.getBoundingClientRect();
  return {
    tag, role: el.getAttribute('role') || implicit, name: clean(name),
    visibleFocus: Boolean(outline || shadow),
    onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
    style: (inUaButton ? "Chromium's calendar button; " : '') + 'outline ' + cs.outlineStyle + ' ' + cs.outlineWidth + ', box-shadow ' + cs.boxShadow,
  };
})()`;

describe('posting a need and reading its suggestions with the keyboard alone', () => {
  let stack: WebStack;
  /** Controls the focus reached without a visible focus or off screen: a keyboard user loses track there. */
  const unseenFocus: string[] = [];

  beforeAll(async () => {
    stack = await WebStack.start();
  });
  // What each page showed when the test ended: the first thing to look at when it fails.
  afterEach(() => stack.screenshotOpenPages('keyboard'));
  afterAll(async () => {
    await stack?.stop();
  });

  // One year of its own, so that postings of other suites never match these.
  const year = 2200 + Math.floor(Math.random() * 700);
  const tag = unique();
  const hostOrg = `Kafountine Salt Cooperative ${tag}`;
  const needTitle = `Accountant to train the treasurer of our salt cooperative ${tag}`;
  const offerTitle = `Chartered accountant for small cooperatives ${tag}`;

  it('reaches "Post a need", fills the form, publishes it and opens a suggestion, without a click', async () => {
    // The provider's offer, through the API, for the need to be matched with.
    const provider = await open();
    await stack.createAccount(provider.context(), { email: `paul-${tag}@numerica.test`, password: PASSWORD, displayName: 'Paul Martin', locale: 'en' });
    const company = await send(provider.context(), '/api/organizations', { name: `Numerica ${tag}`, kind: 'company', country: 'FR' });
    const offer = await send(provider.context(), `/api/organizations/${company.id}/offers`, {
      title: offerTitle,
      description: 'Chartered accountant from our finance team, used to setting up simple bookkeeping and training treasurers of small cooperatives.',
      skills: [SKILL_ACCOUNTING],
      keywords: ['accounting', 'cooperatives'],
      languages: ['en', 'fr'],
      availableFrom: `${year}-01-15`,
      availableTo: `${year}-06-30`,
      effortDays: 20,
      workModes: ['remote', 'hybrid'],
      countries: [],
      mechanisms: ['skills_sponsorship'],
      grossMonthlyPayMin: 3800,
      grossMonthlyPayMax: 4400,
    });
    await send(provider.context(), `/api/offers/${offer.id}/publish`);

    // The host signs in through the API; from here on the page is driven by the keyboard.
    const page = await open();
    await stack.createAccount(page.context(), { email: `awa-${tag}@salines.test`, password: PASSWORD, displayName: 'Awa Diatta', locale: 'en' });
    const association = await send(page.context(), '/api/organizations', { name: hostOrg, kind: 'association', country: 'FR', generalInterest: true });
    await page.goto(`/organizations/${association.id}/dashboard`);
    await page.getByRole('heading', { level: 1, name: hostOrg }).waitFor();

    // The first Tab of a page shows the skip link.
    const skip = await tabTo(page, /^Skip to content$/, { max: 1 });
    expect(skip.role).toBe('link');
    await tabTo(page, { role: 'link', name: /^Post a need$/ });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Post a need' }).waitFor();

    const form = page.locator('form');
    await tabTo(page, { role: 'textbox', name: /^Title$/ });
    await page.keyboard.type(needTitle);
    await tabTo(page, { role: 'textbox', name: /^Description of the need$/ });
    await page.keyboard.type(
      'We need an accountant to train the treasurer of the cooperative in bookkeeping and to keep the annual accounts presented to our funders.',
    );

    // A skill Relais reads in the text, accepted with Enter; then Shift+Tab finds it among the chosen ones.
    const proposals = page.getByRole('region', { name: 'Skills we read in your text' });
    await proposals.getByRole('button', { name: /^Add .*account/i }).first().waitFor({ timeout: 15_000 });
    const accepted = await tabTo(page, { role: 'button', name: /^Add .*account/i });
    const skill = accepted.name.replace(/^Add /, '');
    await page.keyboard.press('Enter');
    const chosen = page.getByRole('list', { name: 'Chosen skills' });
    await chosen.getByRole('button', { name: `Remove ${skill}`, exact: true }).waitFor();
    const afterAccept = await describeFocus(page);
    if (!afterAccept) console.warn('[keyboard] accepting a proposed skill drops the focus to the body (its button is removed)');
    await tabTo(page, { role: 'button', name: new RegExp(`^Remove ${escape(skill)}$`) }, { backwards: true });

    // The country by typing its name in the closed select.
    await tabTo(page, { role: 'combobox', name: /^Country of the mission$/ });
    await page.keyboard.type('Senegal');
    await tabTo(page, { role: 'textbox', name: /^City$/ });
    expect(await form.getByRole('combobox', { name: 'Country of the mission' }).inputValue()).toBe('SN');
    await page.keyboard.type('Kafountine');

    // A radio group is one Tab stop; the arrows move the choice.
    await tabTo(page, { role: 'radio', name: /^On site$/ });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await describeFocus(page)).toMatchObject({ role: 'radio', name: 'Hybrid' });
    expect(await form.getByRole('radio', { name: 'Hybrid' }).isChecked()).toBe(true);

    // Headless Chromium lays date inputs out as mm/dd/yyyy whatever the page's language.
    await tabTo(page, { role: 'date', name: /^Start$/ });
    await page.keyboard.type(`0201${year}`);
    await tabTo(page, { role: 'date', name: /^End$/ });
    await page.keyboard.type(`0430${year}`);
    await tabTo(page, { role: 'spinbutton', name: /^Working days$/ });
    await page.keyboard.type('15');
    expect(await form.getByLabel(/^Start/).inputValue()).toBe(`${year}-02-01`);
    expect(await form.getByLabel(/^End/).inputValue()).toBe(`${year}-04-30`);

    // Space on a checkbox: one mechanism less, then back.
    await tabTo(page, { role: 'checkbox', name: /^Skills sponsorship/ });
    await page.keyboard.press('Space');
    expect(await form.getByRole('checkbox', { name: /^Skills sponsorship/ }).isChecked()).toBe(false);
    await page.keyboard.press('Space');
    expect(await form.getByRole('checkbox', { name: /^Skills sponsorship/ }).isChecked()).toBe(true);

    await tabTo(page, { role: 'button', name: /^Save and publish$/ }, { max: 60 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: needTitle }).waitFor();
    const needId = page.url().match(/needs\/([0-9a-f-]{36})$/)![1];
    await page.getByText('Published', { exact: true }).waitFor();
    await page.getByRole('list', { name: 'Catalog skills' }).getByRole('listitem').filter({ hasText: skill }).first().waitFor();

    // The worker matches the need with the offer; the suggestions page reads them when opened.
    type Listed = { offer: { id: string }; reasons: Array<{ text: { en: string } }> };
    let suggestion: Listed | undefined;
    await eventually('the suggestion', async () => {
      const body = (await (await page.request.get(`/api/needs/${needId}/suggestions`)).json()) as { items?: Listed[] };
      suggestion = body.items?.find((s) => s.offer.id === offer.id);
      return Boolean(suggestion);
    });
    await tabTo(page, { role: 'link', name: /^See the suggestions$/ });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Suggested matches' }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: offerTitle }) });
    await card.waitFor();
    await card.getByText(/^Relevance: \d+/).waitFor();
    // Why it is suggested, in English, as the API explains it.
    for (const reason of suggestion!.reasons) await card.getByText(reason.text.en, { exact: true }).waitFor();

    await tabTo(page, { role: 'link', name: new RegExp(`^${escape(offerTitle)}$`) });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: offerTitle }).waitFor();
    expect(page.url()).toBe(`${stack.baseUrl}/offers/${offer.id}`);

    expect(unseenFocus).toEqual([]);
  });

  type Target = RegExp | { role?: string; name: RegExp };

  /**
   * Presses Tab (Shift+Tab when `backwards`) until the focused element matches, at most `max`
   * times; fails with every element it went through. Each one must show its focus.
   */
  async function tabTo(page: Page, target: Target, { backwards = false, max = 40 } = {}): Promise<Focused> {
    const wanted = target instanceof RegExp ? { name: target } : target;
    const seen: string[] = [];
    for (let press = 0; press < max; press++) {
      await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      let focused = await describeFocus(page);
      // A style that follows the focus may land a frame later: read it again before calling it unseen.
      if (focused && !focused.visibleFocus) {
        await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
        focused = await describeFocus(page);
      }
      if (!focused) {
        seen.push('(nothing: the body)');
        continue;
      }
      const label = `${focused.role} "${focused.name}"`;
      // A date input keeps the focus over its month, day and year: one stop for this list.
      if (seen[seen.length - 1] !== label) seen.push(label);
      if (!focused.visibleFocus || !focused.onScreen) {
        const problem = `${label} on ${new URL(page.url()).pathname}: ${focused.visibleFocus ? 'off screen' : `no visible focus (${focused.style})`}`;
        if (!unseenFocus.includes(problem)) unseenFocus.push(problem);
      }
      if ((!wanted.role || wanted.role === focused.role) && wanted.name.test(focused.name)) return focused;
    }
    throw new Error(`No ${wanted.role ?? 'element'} named ${wanted.name} after ${max} ${backwards ? 'Shift+Tab' : 'Tab'} presses; went through:\n  ${seen.join('\n  ')}`);
  }

  async function describeFocus(page: Page): Promise<Focused | null> {
    return (await page.evaluate(DESCRIBE_FOCUS)) as Focused | null;
  }

  async function open(): Promise<Page> {
    const { context, page } = await stack.newPage('en');
    return page;
  }
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


