/**
 * Every main page of the web app, in French and in English, on a laptop (1440 px) and on a
 * phone (360 px): axe finds no serious or critical violation, `<html lang>` is the page's
 * language, there is exactly one h1, and on the phone nothing scrolls sideways. Screenshots
 * land in .data/screenshots/tour-<page>-<fr|en>-<1440|360>.png for a person to look at.
 *
 * The data is made through the API first (a host association with a published and a draft
 * need, a provider company with a published offer, the suggestion between them, an invitation).
 */
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { User } from '@relais/database';
import { eventually, linkIn, send, WebStack } from './support/web-stack';

jest.setTimeout(240_000);

type Language = 'fr' | 'en';
type Who = 'visitor' | 'host' | 'provider';
const LAPTOP = { width: 1440, height: 900 };
const PHONE = { width: 360, height: 740 };
const PASSWORD = 'une phrase de passe assez longue';
const unique = () => randomUUID().slice(0, 8);

/** Each page's h1 in each language, as the translation files give it. */
const H1 = {
  fr: {
    home: 'Des compétences pour la solidarité internationale',
    needs: 'Besoins de compétences',
    directory: 'Annuaire des structures',
    signIn: 'Se connecter',
    signUp: 'Créer un compte',
    invitation: 'Invitation à rejoindre une structure',
    members: 'Membres',
    needForm: 'Publier un besoin',
    offerForm: 'Proposer des compétences',
    suggestions: 'Suggestions de mise en relation',
    notifications: 'Notifications',
    profile: 'Mon profil',
    emailSettings: 'E-mails de suggestions',
    security: 'Sécurité du compte',
    myData: 'Mes données personnelles',
    forgot: 'Mot de passe oublié',
    toolbox: 'Boîte à outils',
    advisor: 'Conseiller',
    calculators: 'Calculateurs',
    notFound: 'Page introuvable',
    failedJobs: 'Tâches en échec',
    offers: 'Offres de compétences',
    proposals: 'Propositions de partenariat',
  },
  en: {
    home: 'Skills for international solidarity',
    needs: 'Skills needs',
    directory: 'Directory of organizations',
    signIn: 'Sign in',
    signUp: 'Create an account',
    invitation: 'Invitation to join an organization',
    members: 'Members',
    needForm: 'Post a need',
    offerForm: 'Offer skills',
    suggestions: 'Suggested matches',
    notifications: 'Notifications',
    profile: 'My profile',
    emailSettings: 'Suggestion e-mails',
    security: 'Account security',
    myData: 'My personal data',
    forgot: 'Forgot your password',
    toolbox: 'Toolbox',
    advisor: 'Advisor',
    calculators: 'Calculators',
    notFound: 'Page not found',
    failedJobs: 'Failed jobs',
    offers: 'Skills offers',
    proposals: 'Partnership proposals',
  },
} as const;

type Stop = {
  /** Short name, used in the screenshot's name. */
  name: string;
  who: Who;
  path: string;
  h1: string;
  /** Something the page shows once its data is there. */
  ready?: (page: Page) => Promise<unknown>;
};

describe('a tour of every main page', () => {
  let stack: WebStack;

  // One year of its own, so that postings of other suites never match these.
  const year = 2200 + Math.floor(Math.random() * 700);
  const tag = unique();
  const hostEmail = `awa-${tag}@salines.test`;
  const providerEmail = `paul-${tag}@numerica.test`;
  const colleagueEmail = `moussa-${tag}@salines.test`;
  const hostOrg = `Salines de Casamance ${tag}`;
  const providerOrg = `Numerica ${tag}`;
  const needTitle = `Comptable pour la coopérative de sel de Kafountine ${tag}`;
  const draftTitle = `Brouillon : agronome pour le maraîchage ${tag}`;
  const offerTitle = `Senior accountant for cooperatives ${tag}`;
  const ids = { hostOrg: '', providerOrg: '', need: '', draft: '', offer: '' };
  let invitationPath = '';
  const proposalMessage = `Our accountant could train your treasurer this spring ${unique()}.`;

  beforeAll(async () => {
    stack = await WebStack.start();
    const host = await open('fr');
    const provider = await open('en');

    await stack.createAccount(host.context, { email: hostEmail, password: PASSWORD, displayName: 'Awa Diatta', locale: 'fr' });
    ids.hostOrg = (await send(host.context, '/api/organizations', { name: hostOrg, kind: 'association', country: 'FR', generalInterest: true, city: 'Ziguinchor' })).id;
    ids.need = (await send(host.context, `/api/organizations/${ids.hostOrg}/needs`, needBody())).id;
    await send(host.context, `/api/needs/${ids.need}/publish`);
    ids.draft = (await send(host.context, `/api/organizations/${ids.hostOrg}/needs`, { ...needBody(), title: draftTitle, startDate: `${year}-05-01`, endDate: `${year}-07-31` })).id;
    await stack.app.get(DataSource).getRepository(User).update({ email: hostEmail }, { isPlatformAdmin: true });

    await stack.createAccount(provider.context, { email: providerEmail, password: PASSWORD, displayName: 'Paul Martin', locale: 'fr' });
    ids.providerOrg = (await send(provider.context, '/api/organizations', { name: providerOrg, kind: 'company', country: 'FR' })).id;
    ids.offer = (await send(provider.context, `/api/organizations/${ids.providerOrg}/offers`, offerBody())).id;
    await send(provider.context, `/api/offers/${ids.offer}/publish`);

    // The worker matches them and tells the host.
    let suggestionId: string | undefined;
    await eventually('the suggestion', async () => {
      const answer = await host.context.request.get(`/api/needs/${ids.need}/suggestions`);
      const body = (await answer.json()) as { items?: Array<{ id: string; offer: { id: string } }> };
      suggestionId = body.items?.find((s) => s.offer.id === ids.offer)?.id;
      return suggestionId !== undefined;
    });
    // The provider proposes to work together: the host has a proposal to answer.
    await send(provider.context, `/api/suggestions/${suggestionId}/proposals`, { message: proposalMessage });
    await eventually("the host's notification", async () => {
      const answer = await host.context.request.get('/api/notifications/unread-count');
      return ((await answer.json()) as { unread: number }).unread > 0;
    });

    await send(host.context, `/api/organizations/${ids.hostOrg}/invitations`, { email: colleagueEmail });
    invitationPath = new URL(linkIn(await stack.emailTo(colleagueEmail, /./), stack.baseUrl)).pathname;
    expect(invitationPath).toMatch(/^\/invitations\//);
    for (const { context } of [host, provider]) await context.close();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('shows every page in French, and switches to English and back with the header button', async () => {
    const problems = await tour('fr');
    expect(problems).toEqual([]);
  });

  it('shows every page in English, after a signed-in person switches from French', async () => {
    const problems = await tour('en');
    expect(problems).toEqual([]);
  });

  function needBody() {
    return {
      title: needTitle,
      description:
        'Nous cherchons une personne en comptabilité pour former la trésorière de la coopérative et tenir les comptes annuels présentés aux bailleurs.',
      skills: [SKILL_ACCOUNTING],
      keywords: ['comptabilité', 'coopérative'],
      languages: ['fr'],
      country: 'SN',
      city: 'Kafountine',
      workMode: 'hybrid',
      startDate: `${year}-02-01`,
      endDate: `${year}-04-30`,
      effortDays: 15,
      mechanisms: ['skills_sponsorship', 'solidarity_leave'],
    };
  }

  function offerBody() {
    return {
      title: offerTitle,
      description: 'Chartered accountant from our finance team, used to setting up simple bookkeeping and training treasurers of small cooperatives.',
      skills: [SKILL_ACCOUNTING],
      keywords: ['accounting', 'cooperatives'],
      languages: ['en', 'fr'],
      availableFrom: `${year}-01-15`,
      availableTo: `${year}-06-30`,
      effortDays: 20,
      workModes: ['remote', 'hybrid'],
      countries: ['SN'],
      mechanisms: ['skills_sponsorship'],
      grossMonthlyPayMin: 3800,
      grossMonthlyPayMax: 4400,
    };
  }

  /** Visits every stop in `language` at both widths; returns what went wrong, page by page. */
  async function tour(language: Language): Promise<string[]> {
    const h1 = H1[language];
    const problems: string[] = [];
    const visitor = (await open(language, LAPTOP)).page;
    const host = (await open(language, LAPTOP)).page;
    const provider = (await open(language, LAPTOP)).page;
    await signIn(host, hostEmail);
    await signIn(provider, providerEmail);
    // The person's own language wins over the browser's: the provider's is set here, the
    // host's (French) is changed below with the header's button.
    await send(provider.context(), '/api/me', { locale: language }, 'PATCH');
    await send(host.context(), '/api/me', { locale: 'fr' }, 'PATCH');

    const mechanism = (await (await visitor.request.get(`/api/toolbox/mechanisms/skills_sponsorship?lang=${language}`)).json()) as { title: string };
    const pages = { visitor, host, provider };

    if (language === 'fr') {
      await switchLanguage(visitor, 'fr', 'en', h1.home, H1.en.home);
      await switchLanguage(visitor, 'en', 'fr', H1.en.home, h1.home);
    } else {
      // Signed in as a French speaker in an English browser: French until they switch.
      await switchLanguage(host, 'fr', 'en', H1.fr.home, h1.home);
    }

    const stops: Stop[] = [
      { name: 'home', who: 'visitor', path: '/', h1: h1.home, ready: (p) => p.getByRole('link', { name: needTitle }).first().waitFor() },
      {
        name: 'needs-search',
        who: 'visitor',
        path: `/needs?q=${encodeURIComponent(`Kafountine ${tag}`)}&country=SN`,
        h1: h1.needs,
        ready: (p) => p.getByRole('link', { name: needTitle }).waitFor(),
      },
      { name: 'need', who: 'visitor', path: `/needs/${ids.need}`, h1: needTitle, ready: (p) => p.getByRole('link', { name: hostOrg }).waitFor() },
      { name: 'directory', who: 'visitor', path: '/organizations', h1: h1.directory, ready: (p) => p.getByRole('heading', { level: 2 }).first().waitFor() },
      { name: 'organization', who: 'visitor', path: `/organizations/${ids.hostOrg}`, h1: hostOrg },
      { name: 'signin', who: 'visitor', path: '/signin', h1: h1.signIn },
      { name: 'signup', who: 'visitor', path: '/signup', h1: h1.signUp },
      { name: 'forgot-password', who: 'visitor', path: '/forgot-password', h1: h1.forgot },
      { name: 'invitation', who: 'visitor', path: invitationPath, h1: h1.invitation, ready: (p) => p.getByText(hostOrg, { exact: false }).first().waitFor() },
      { name: 'toolbox', who: 'visitor', path: '/toolbox', h1: h1.toolbox, ready: (p) => p.getByRole('link', { name: mechanism.title, exact: true }).waitFor() },
      { name: 'mechanism', who: 'visitor', path: '/toolbox/mechanisms/skills_sponsorship', h1: mechanism.title },
      { name: 'advisor', who: 'visitor', path: '/toolbox/advisor', h1: h1.advisor, ready: (p) => p.getByRole('heading', { level: 2, name: /^Question 1/ }).waitFor() },
      { name: 'calculators', who: 'visitor', path: '/toolbox/calculators', h1: h1.calculators },
      { name: 'not-found', who: 'visitor', path: '/no-such-page', h1: h1.notFound },
      {
        name: 'dashboard',
        who: 'host',
        path: `/organizations/${ids.hostOrg}/dashboard`,
        h1: hostOrg,
        ready: (p) => p.getByRole('link', { name: draftTitle, exact: true }).waitFor(),
      },
      { name: 'proposals', who: 'host', path: `/organizations/${ids.hostOrg}/proposals`, h1: h1.proposals, ready: (p) => p.getByText(proposalMessage).waitFor() },
      {
        name: 'offers-search',
        who: 'host',
        path: `/offers?q=${encodeURIComponent(offerTitle)}`,
        h1: h1.offers,
        ready: (p) => p.getByRole('link', { name: offerTitle }).waitFor(),
      },
      { name: 'members', who: 'host', path: `/organizations/${ids.hostOrg}/members`, h1: h1.members, ready: (p) => p.getByText(colleagueEmail).first().waitFor() },
      { name: 'need-form', who: 'host', path: `/organizations/${ids.hostOrg}/needs/new`, h1: h1.needForm },
      {
        name: 'need-suggestions',
        who: 'host',
        path: `/needs/${ids.need}/suggestions`,
        h1: h1.suggestions,
        ready: (p) => p.getByRole('heading', { level: 2, name: offerTitle }).waitFor(),
      },
      { name: 'notifications', who: 'host', path: '/notifications', h1: h1.notifications, ready: (p) => p.getByRole('listitem').filter({ hasText: offerTitle }).first().waitFor() },
      { name: 'settings-profile', who: 'host', path: '/settings/profile', h1: h1.profile },
      { name: 'settings-notifications', who: 'host', path: '/settings/notifications', h1: h1.emailSettings },
      { name: 'settings-security', who: 'host', path: '/settings/security', h1: h1.security },
      { name: 'settings-data', who: 'host', path: '/settings/data', h1: h1.myData },
      { name: 'failed-jobs', who: 'host', path: '/admin/failed-jobs', h1: h1.failedJobs, ready: (p) => p.getByRole('table').or(p.getByText(/Aucune tâche|No failed job/)).first().waitFor() },
      { name: 'offer-form', who: 'provider', path: `/organizations/${ids.providerOrg}/offers/new`, h1: h1.offerForm },
      { name: 'offer', who: 'provider', path: `/offers/${ids.offer}`, h1: offerTitle, ready: (p) => p.getByRole('link', { name: providerOrg }).waitFor() },
      {
        name: 'offer-suggestions',
        who: 'provider',
        path: `/offers/${ids.offer}/suggestions`,
        h1: h1.suggestions,
        ready: (p) => p.getByRole('heading', { level: 2, name: needTitle }).waitFor(),
      },
    ];

    for (const stop of stops) {
      const page = pages[stop.who];
      await page.setViewportSize(LAPTOP);
      await page.goto(stop.path);
      try {
        await page.getByRole('heading', { level: 1, name: stop.h1, exact: true }).waitFor({ timeout: 10_000 });
        await stop.ready?.(page);
      } catch (error) {
        problems.push(`${stop.name} (${language}): did not show its h1 "${stop.h1}" or its content: ${(error as Error).message.split('\n')[0]}`);
      }
      for (const viewport of [LAPTOP, PHONE]) {
        if (viewport !== LAPTOP) await page.setViewportSize(viewport);
        problems.push(...(await checkStop(page, `tour-${stop.name}-${language}-${viewport.width}`, language, viewport.width)));
      }
    }
    return problems;
  }

  /** What is wrong with the page as it is now (axe, language, headings, width); also saves its screenshot. */
  async function checkStop(page: Page, name: string, language: Language, width: number): Promise<string[]> {
    const problems: string[] = [];
    try {
      await stack.checkPage(page, name);
    } catch (error) {
      const violations = await stack.axe(page);
      problems.push(`${name}: axe ${violations.map((v) => `${v.id} (${v.impact}: ${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('; ') || (error as Error).message}`);
    }
    const lang = await page.locator('html').getAttribute('lang');
    if (lang !== language) problems.push(`${name}: <html lang="${lang}">, expected "${language}"`);
    const headings = await page.locator('h1').allTextContents();
    if (headings.length !== 1) problems.push(`${name}: ${headings.length} h1 (${JSON.stringify(headings)}), expected exactly one`);
    if (width <= PHONE.width) {
      // A string, evaluated in the page: this file is compiled without the DOM's types.
      const scrollWidth = Number(await page.evaluate('document.documentElement.scrollWidth'));
      if (scrollWidth > width) {
        const culprits = await page.evaluate(widestElements(width));
        problems.push(`${name}: scrolls sideways (scrollWidth ${scrollWidth} > ${width}); widest: ${culprits}`);
      }
    }
    return problems;
  }

  /** The header's language button: the page's text changes at once, and stays after a reload. */
  async function switchLanguage(page: Page, from: Language, to: Language, fromH1: string, toH1: string) {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: fromH1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(from);
    await page.getByRole('button', { name: to === 'en' ? 'English' : 'Français', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: toH1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(to);
    const nav = (language: Language) => page.getByRole('navigation', { name: language === 'en' ? 'Main navigation' : 'Navigation principale' });
    await nav(to).waitFor();
    expect(await page.getByRole('button', { name: from === 'en' ? 'English' : 'Français', exact: true }).count()).toBe(1);
    // The PATCH /me of a signed-in person must land before the reload reads it back.
    await page.waitForLoadState('networkidle');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: toH1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(to);
    expect(await nav(from).count()).toBe(0);
  }

  async function open(language: Language, viewport = LAPTOP): Promise<{ context: BrowserContext; page: Page }> {
    const opened = await stack.newPage(language, viewport);
    return opened;
  }

  async function signIn(page: Page, email: string) {
    await send(page.context(), '/api/auth/login', { email, password: PASSWORD });
  }
});

const SKILL_ACCOUNTING = '880c54f9-866e-4f37-b5fa-25ef8a7d49b6'; // ESCO "accounting techniques"


/** In-page code naming the elements that stick out past `width`, deepest first, to say what to fix. */
function widestElements(width: number): string {
  return `(() => {
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > ${width} + 0.5 && r.width > 0) {
        const hasWideChild = [...el.children].some((c) => c.getBoundingClientRect().right > ${width} + 0.5);
        if (!hasWideChild) out.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') + ' right=' + Math.round(r.right) + ' "' + (el.textContent || '').trim().slice(0, 40) + '"');
      }
    }
    return out.slice(0, 5).join(' | ') || 'none found';
  })()`;
}
