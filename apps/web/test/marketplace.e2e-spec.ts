/**
 * The product as its users meet it, in Chromium against the real stack: a host association
 * and a provider company, from signing up to reading a suggestion, in French and English.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { docxText, foldSpaces, pdfText } from '@relais/testing';
import { field, linkIn, WebStack } from './support/web-stack';

jest.setTimeout(180_000);

const PASSWORD = 'une phrase de passe assez longue';
const unique = () => randomUUID().slice(0, 8);

describe('a host and a provider in the browser', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await WebStack.start();
  });
  // What each page showed when a test ended: the first thing to look at when one fails.
  afterEach(() => stack.screenshotOpenPages(expect.getState().currentTestName ?? 'test'));
  afterAll(async () => {
    await stack?.stop();
  });

  async function open(language: 'fr' | 'en', viewport?: { width: number; height: number }): Promise<Page> {
    const { context, page } = await stack.newPage(language, viewport);
    return page;
  }

  // One year of its own, so that postings of other suites never match these.
  const year = 2140 + Math.floor(Math.random() * 50);
  const hostEmail = `awa-${unique()}@salines.test`;
  const colleagueEmail = `moussa-${unique()}@salines.test`;
  const hostOrg = `Salines de Casamance ${unique()}`;
  const providerOrg = `Numerica ${unique()}`;
  const offerTitle = `Senior accountant for cooperatives ${unique()}`;
  let host: Page;
  let needId = '';
  let draftNeedId = '';
  let organizationId = '';
  let engagementPath = '';

  it('a host signs up, creates its organization and invites a colleague who has no account yet', async () => {
    host = await open('fr');
    await host.goto('/');
    expect(await host.locator('html').getAttribute('lang')).toBe('fr');
    await stack.checkPage(host, 'home-fr');
    await host.goto('/signup');
    await stack.signUpInPage(host, 'fr', { displayName: 'Awa Diatta', email: hostEmail, password: PASSWORD });

    await host.getByRole('heading', { name: 'Créer votre structure' }).waitFor();
    await stack.checkPage(host, 'organization-new-fr');
    await host.getByLabel('Nom de la structure').fill(hostOrg);
    await host.getByLabel('Type de structure').selectOption('association');
    await host.getByLabel(/intérêt général/).check();
    await host.getByRole('button', { name: 'Créer la structure' }).click();
    await host.getByRole('heading', { name: hostOrg }).waitFor();
    organizationId = host.url().match(/organizations\/([0-9a-f-]{36})\/dashboard/)![1];
    await stack.checkPage(host, 'dashboard-fr');

    await host.getByRole('link', { name: 'Membres et invitations' }).click();
    await host.getByLabel('Adresse e-mail de la personne').fill(colleagueEmail);
    await host.getByRole('button', { name: /Envoyer l.invitation/ }).click();
    await host.getByText(`Invitation envoyée à ${colleagueEmail}.`).waitFor();
    await host.getByRole('heading', { name: 'Invitations en attente' }).waitFor();
    await host.getByText(colleagueEmail, { exact: false }).first().waitFor();
    await stack.checkPage(host, 'members-fr');

    const invitation = await stack.emailTo(colleagueEmail, /rejoindre|join/i);
    const link = linkIn(invitation, stack.baseUrl);
    expect(link).toMatch(/\/invitations\//);

    const colleague = await open('fr');
    await colleague.goto(link);
    await colleague.getByRole('heading', { name: 'Invitation à rejoindre une structure' }).waitFor();
    await colleague.getByText(hostOrg, { exact: false }).first().waitFor();
    await stack.checkPage(colleague, 'invitation-fr');
    await colleague.getByRole('link', { name: 'Créer mon compte' }).click();
    expect(await colleague.getByLabel('Adresse e-mail').inputValue()).toBe(colleagueEmail);
    // The confirmation link brings the colleague back to the invitation, signed in.
    await stack.signUpInPage(colleague, 'fr', { displayName: 'Moussa Sané', email: colleagueEmail, password: PASSWORD });
    await colleague.getByRole('button', { name: `Rejoindre ${hostOrg}` }).click();
    await colleague.getByRole('heading', { name: hostOrg }).waitFor();
    expect(colleague.url()).toContain(`/organizations/${organizationId}/dashboard`);

    await host.reload();
    await host.getByRole('cell', { name: 'Moussa Sané', exact: true }).waitFor();
  });

  it('the host posts a French need, with a skill proposed from its text', async () => {
    await host.goto(`/organizations/${organizationId}/dashboard`);
    await host.getByRole('link', { name: 'Publier un besoin' }).click();
    await host.getByLabel(field('Titre')).fill('Comptable pour la coopérative de sel de Kafountine');
    await host
      .getByLabel('Description du besoin')
      .fill('Nous cherchons une personne en comptabilité pour former la trésorière de la coopérative et tenir les comptes annuels présentés aux bailleurs.');
    const proposals = host.getByRole('region', { name: 'Compétences lues dans votre texte' });
    const firstProposal = proposals.getByRole('button', { name: /^Ajouter / }).first();
    await firstProposal.waitFor({ timeout: 15_000 });
    const proposed = ((await firstProposal.getAttribute('aria-label')) ?? '').replace(/^Ajouter /, '');
    await firstProposal.click();
    await host.getByRole('list', { name: 'Compétences choisies' }).getByText(proposed).waitFor();

    await host.getByLabel(field('Pays de la mission')).selectOption('SN');
    await host.getByLabel(field('Ville')).fill('Kafountine');
    await host.getByRole('radio', { name: 'Mixte' }).check();
    await host.getByLabel(field('Début')).fill(`${year}-02-01`);
    await host.getByLabel(field('Fin')).fill(`${year}-04-30`);
    await host.getByLabel(field('Nombre de jours de travail')).fill('15');
    await stack.checkPage(host, 'need-form-fr');
    await host.getByRole('button', { name: 'Enregistrer et publier' }).click();
    await host.getByRole('heading', { name: 'Comptable pour la coopérative de sel de Kafountine' }).waitFor();
    needId = host.url().match(/needs\/([0-9a-f-]{36})$/)![1];
    await host.getByText('Publié', { exact: true }).waitFor();
    await host.getByText(proposed).waitFor();
    await stack.checkPage(host, 'need-fr');

    // A second need kept as a draft: outsiders must not see it.
    await host.goto(`/organizations/${organizationId}/needs/new`);
    await host.getByLabel(field('Titre')).fill('Brouillon : agronome pour le maraîchage');
    await host.getByLabel('Description du besoin').fill('Accompagner un groupement de maraîchères sur l’irrigation goutte-à-goutte.');
    await host.getByRole('button', { name: 'Enregistrer comme brouillon' }).click();
    // The API names the fields still missing, next to them.
    await host.getByText(/champs sont à corriger/).waitFor();
    await host.getByText('à remplir').first().waitFor();
    await host.getByLabel(field('Pays de la mission')).selectOption('SN');
    await host.getByRole('radio', { name: 'Sur place' }).check();
    await host.getByLabel(field('Début')).fill(`${year}-05-01`);
    await host.getByLabel(field('Fin')).fill(`${year}-07-31`);
    await host.getByLabel(field('Nombre de jours de travail')).fill('30');
    await host.getByRole('button', { name: 'Enregistrer comme brouillon' }).click();
    await host.getByRole('heading', { name: 'Brouillon : agronome pour le maraîchage' }).waitFor();
    draftNeedId = host.url().match(/needs\/([0-9a-f-]{36})$/)![1];
    await host.getByText('Brouillon', { exact: true }).waitFor();
  });

  let provider: Page;
  it('a provider company posts an English offer', async () => {
    provider = await open('en');
    await provider.goto('/signup');
    await stack.signUpInPage(provider, 'en', { displayName: 'Paul Martin', email: `rse-${unique()}@numerica.test`, password: PASSWORD });
    await provider.getByRole('heading', { name: 'Create your organization' }).waitFor();
    await provider.getByLabel('Name of the organization').fill(providerOrg);
    await provider.getByLabel('Kind of organization').selectOption('company');
    await provider.getByRole('button', { name: 'Create the organization' }).click();
    await provider.getByRole('link', { name: 'Offer skills' }).click();

    await provider.getByLabel(field('Title')).fill(offerTitle);
    await provider
      .getByLabel('Description of the profile')
      .fill('Chartered accountant from our finance team, used to setting up simple bookkeeping and training treasurers of small cooperatives.');
    await provider.getByRole('combobox', { name: 'Add a skill' }).fill('accounting');
    await provider.getByRole('option').first().waitFor();
    await provider.keyboard.press('ArrowDown');
    await provider.keyboard.press('Enter');
    await provider.getByRole('list', { name: 'Chosen skills' }).getByRole('listitem').first().waitFor();
    await provider.getByRole('checkbox', { name: 'French' }).check();
    await provider.getByLabel(field('Available from')).fill(`${year}-01-15`);
    await provider.getByLabel(field('Until')).fill(`${year}-06-30`);
    await provider.getByLabel(field('Working days')).fill('20');
    await provider.getByRole('checkbox', { name: 'Hybrid' }).check();
    await provider.getByRole('checkbox', { name: /^Skills sponsorship/ }).check();
    await provider.getByLabel(field('Minimum (€)')).fill('3800');
    await provider.getByLabel(field('Maximum (€)')).fill('4400');
    await stack.checkPage(provider, 'offer-form-en');
    await provider.getByRole('button', { name: 'Save and publish' }).click();
    await provider.getByRole('heading', { name: offerTitle }).waitFor();
    await provider.getByText('Published', { exact: true }).waitFor();
    await stack.checkPage(provider, 'offer-en');
  });

  it('the host reads the suggestion with French reasons, from the bell and from the e-mail', async () => {
    await host.goto(`/needs/${needId}/suggestions`);
    const card = host.getByRole('listitem').filter({ has: host.getByRole('heading', { name: offerTitle }) });
    for (let tries = 0; !(await card.count()) && tries < 40; tries++) {
      await host.waitForTimeout(500);
      await host.reload();
    }
    await card.waitFor();
    const answer = await host.request.get(`/api/needs/${needId}/suggestions`);
    const suggestion = (await answer.json()).items.find((s: { offer: { title: string } }) => s.offer.title === offerTitle);
    for (const reason of suggestion.reasons) await card.getByText(reason.text.fr).waitFor();
    await card.getByText(/Pertinence/).waitFor();
    await card.getByRole('link', { name: 'Mécénat de compétences' }).waitFor();
    await stack.checkPage(host, 'suggestions-fr');

    const bell = host.getByRole('link', { name: /^Notifications, \d+ non lue/ });
    for (let tries = 0; !(await bell.count()) && tries < 40; tries++) {
      await host.waitForTimeout(500);
      await host.reload();
    }
    await bell.click();
    await host.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const notification = host.getByRole('listitem').filter({ hasText: offerTitle });
    await notification.getByRole('link', { name: /Comptable pour la coopérative/ }).waitFor();
    await stack.checkPage(host, 'notifications-fr');
    await host.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await host.getByRole('link', { name: 'Notifications, aucune non lue' }).waitFor();

    const email = await stack.emailTo(hostEmail, /suggestion/i);
    const link = linkIn(email, stack.baseUrl);
    expect(link).toBe(`${stack.baseUrl}/needs/${needId}/suggestions`);
    await host.goto(link);
    await host.getByRole('heading', { name: offerTitle }).waitFor();
  });

  it('the host proposes to work together; the provider accepts; both see whom to write to', async () => {
    await host.goto(`/needs/${needId}/suggestions`);
    const card = host.getByRole('listitem').filter({ has: host.getByRole('heading', { name: offerTitle }) });
    await card.getByRole('button', { name: 'Proposer de travailler ensemble' }).click();
    await card.getByLabel(/Votre message/).fill('Bonjour, votre comptable pourrait-il aider notre GIE à tenir ses comptes ?');
    await stack.checkPage(host, 'propose-fr');
    await card.getByRole('button', { name: 'Envoyer la proposition' }).click();
    await card.getByText('Proposition en attente de réponse.').waitFor();

    // The provider's single organization: "My organization" opens its dashboard.
    await provider.goto('/my');
    await provider.getByRole('link', { name: 'Partnership proposals (1 waiting for your answer)' }).click();
    await provider.getByRole('heading', { name: 'Partnership proposals', level: 1 }).waitFor();
    const received = provider.getByRole('listitem').filter({ hasText: 'votre comptable pourrait-il aider' });
    await received.getByText('Waiting for an answer').waitFor();
    await stack.checkPage(provider, 'proposals-received-en');
    await received.getByRole('button', { name: 'Accept' }).click();
    await received.getByRole('heading', { name: 'To write to each other' }).waitFor();
    await received.getByText(new RegExp(`Awa Diatta, ${hostEmail}`)).waitFor();

    await host.goto('/my');
    await host.getByRole('link', { name: 'Propositions de partenariat' }).click();
    await host.getByRole('link', { name: 'Envoyées' }).click();
    const sent = host.getByRole('listitem').filter({ hasText: 'votre comptable pourrait-il aider' });
    await sent.getByText('Acceptée').waitFor();
    await sent.getByText(/Paul Martin, rse-/).waitFor();
    await stack.checkPage(host, 'proposals-sent-fr');
    await host.setViewportSize({ width: 360, height: 740 });
    await stack.checkPage(host, 'proposals-sent-fr-360');
    await host.setViewportSize({ width: 1280, height: 860 });
  });

  it("the two organizations write to each other in the proposal's thread; the host hears of it in-app and answers from the notification", async () => {
    await provider.goto('/my');
    await provider.getByRole('link', { name: /^Partnership proposals/ }).click();
    const received = provider.getByRole('listitem').filter({ hasText: 'votre comptable pourrait-il aider' });
    await received.getByRole('link', { name: 'See the proposal and write to each other' }).click();
    await provider.getByRole('heading', { name: 'Partnership proposal', level: 1 }).waitFor();
    await provider.getByText('No message yet: ask your questions, agree on dates.').waitFor();
    await provider.getByLabel(/Your message/).fill('Hello! Paul can give two days a week from February. Which days suit your team?');
    await provider.getByRole('button', { name: 'Send' }).click();
    const thread = (page: Page, name: string) => page.getByRole('region', { name }).getByRole('listitem');
    await thread(provider, 'Conversation').filter({ hasText: 'Which days suit your team?' }).waitFor();
    expect(await provider.getByLabel(/Your message/).inputValue()).toBe('');
    await stack.checkPage(provider, 'proposal-thread-en');

    await host.goto('/notifications');
    const notice = host.getByRole('listitem').filter({ hasText: 'vous a écrit' });
    await notice.waitFor({ timeout: 20_000 });
    await notice.getByRole('link', { name: /vous a écrit/ }).click();
    await host.getByRole('heading', { name: 'Proposition de partenariat', level: 1 }).waitFor();
    // Accepted: the other side's author is named.
    await thread(host, 'Conversation').filter({ hasText: /Paul Martin \(/ }).waitFor();
    await host.getByLabel(/Votre message/).fill('Le mardi et le jeudi, à la coopérative de Ziguinchor.');
    await host.getByRole('button', { name: 'Envoyer' }).click();
    await thread(host, 'Conversation').filter({ hasText: 'Le mardi et le jeudi' }).waitFor();
    await stack.checkPage(host, 'proposal-thread-fr');
    await host.setViewportSize({ width: 360, height: 740 });
    await stack.checkPage(host, 'proposal-thread-fr-360');
    await host.setViewportSize({ width: 1280, height: 860 });

    await provider.reload();
    await thread(provider, 'Conversation').filter({ hasText: 'Le mardi et le jeudi' }).waitFor();
  });

  /** Clicks a download link; the file's bytes. */
  async function download(page: Page, name: string): Promise<Buffer> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    return readFile(await file.path());
  }

  it('the two organizations set up the engagement: mechanism, person lent, work plan; each downloads the agreement, both sign, the provider starts it, the host ticks the milestone and completes it', async () => {
    await host.getByRole('link', { name: /Mettre en place l’engagement/ }).click();
    await host.getByRole('heading', { name: 'Engagement', level: 1 }).waitFor();
    const current = (page: Page) => page.getByRole('list', { name: /Étapes de l’engagement|Stages of the engagement/ }).locator('[aria-current="step"]');
    expect(await current(host).textContent()).toBe('Conditions à convenir et signer');
    // The only mechanism both postings accept, and the rules leave, is chosen already.
    expect(await host.getByRole('radio', { name: 'Mécénat de compétences' }).isChecked()).toBe(true);
    await host.getByRole('button', { name: 'Ajouter une personne' }).click();
    await host.getByLabel('Nom de la personne 1').fill('Paul Martin');
    await host.getByLabel('Rôle de la personne 1').fill('Expert-comptable');
    await host.getByRole('button', { name: 'Ajouter une étape' }).click();
    await host.getByLabel('Étape 1', { exact: false }).first().fill('Plan comptable du GIE');
    await host.getByRole('button', { name: 'Enregistrer les conditions' }).click();
    await host.getByText('Version 2 des conditions', { exact: false }).waitFor();
    const engagementUrl = host.url();
    engagementPath = new URL(engagementUrl).pathname;

    // The provider gives the pay the agreement values the time from, then reads the agreement in English.
    await provider.goto(new URL(engagementUrl).pathname);
    await provider.getByRole('heading', { name: 'Engagement', level: 1 }).waitFor();
    expect(await provider.getByLabel('Name of person 1').inputValue()).toBe('Paul Martin');
    await provider.getByLabel('Monthly gross pay (€) of person 1').fill('4000');
    await provider.getByLabel('Employer charges (%) of person 1').fill('45');
    await provider.getByRole('button', { name: 'Save the terms' }).click();
    await provider.getByText('Version 3 of the terms', { exact: false }).waitFor();
    const english = docxText(await download(provider, 'Skills-sponsorship agreement – DOCX, in English'));
    // Both organizations, the dates, the person, and the cost of a day by the toolbox's calculator (4,000 € gross + 45 %: 267.69 €, as in the facts sheet's worked example).
    for (const wanted of [hostOrg, providerOrg, 'Paul Martin', `1 February ${year}`, 'Plan comptable du GIE', '€267.69']) expect(english).toContain(wanted);
    const signedPdf = await download(provider, 'Skills-sponsorship agreement – PDF, in English');
    await provider.getByRole('button', { name: 'Sign the terms' }).click();
    await provider.getByText(/^Signed by: Numerica/).waitFor();
    await provider.getByLabel('Signed PDF (version 3)').setInputFiles({ name: 'agreement-signed.pdf', mimeType: 'application/pdf', buffer: signedPdf });
    await provider.getByRole('button', { name: 'Upload the signed PDF' }).click();
    await provider.getByText('Signed copy uploaded.').waitFor();
    await provider.getByRole('link', { name: /Skills-sponsorship agreement – version 3/ }).waitFor();
    await stack.checkPage(provider, 'engagement-en');

    // The host reads the French PDF, sees the provider's signed copy, and signs.
    await host.reload();
    await host.getByText(/^Signé par : Numerica/).waitFor();
    const french = await pdfText(await download(host, 'Convention de mécénat de compétences – PDF, en français'));
    for (const wanted of [hostOrg, providerOrg, 'Paul Martin', `1 février ${year}`, '267,69 €', 'Version 3']) expect(french).toContain(foldSpaces(wanted));
    await host.getByRole('link', { name: /Convention de mécénat de compétences – version 3/ }).waitFor();
    await stack.checkPage(host, 'engagement-fr');
    await host.getByRole('button', { name: 'Signer les conditions' }).click();
    await current(host).getByText('Signé par les deux').waitFor();
    // A check-in note on the timeline, read by the other side.
    await host.getByLabel(field('Note de suivi')).fill('Réunion de lancement le 3 février, au GIE.');
    await host.getByRole('button', { name: 'Ajouter la note' }).click();
    const timeline = (page: Page) => page.getByRole('region', { name: /Fil de l’engagement|Timeline/ });
    await timeline(host).getByText('Réunion de lancement le 3 février, au GIE.').waitFor();

    await provider.reload();
    await current(provider).getByText('Signed by both').waitFor();
    await timeline(provider).getByText(`Note by Awa Diatta (${hostOrg})`).waitFor();
    await provider.getByRole('button', { name: 'Start the engagement' }).click();
    await current(provider).getByText('Under way').waitFor();
    // Only the host completes it.
    expect(await provider.getByRole('button', { name: 'Mark the engagement completed' }).count()).toBe(0);

    // The provider logs a day of Paul Martin's time; the host approves it; its value and the receipt summary follow.
    await provider.getByLabel(field('Day')).fill(`${year}-02-03`);
    await provider.getByLabel('Note', { exact: true }).fill('Diagnostic des comptes');
    await provider.getByRole('button', { name: 'Save the time' }).click();
    await provider.getByText('Time saved: the host approves it.').waitFor();
    await provider.getByRole('listitem', { name: /Paul Martin/ }).getByText('pending').waitFor();

    await host.reload();
    await current(host).getByText('En cours').waitFor();
    const entry = host.getByRole('listitem', { name: /Paul Martin/ });
    await entry.getByRole('button', { name: 'Approuver' }).click();
    await entry.getByText('approuvé').waitFor();
    const value = host.getByText(/^Valeur du temps approuvé : /);
    await value.waitFor();
    const amount = (await value.textContent())!.replace('Valeur du temps approuvé : ', '');
    const receipt = await pdfText(await download(host, 'Récapitulatif pour le reçu fiscal (PDF, français)'));
    for (const wanted of ['CERFA 16216*02', hostOrg, providerOrg, amount, `du 3 février ${year} au 3 février ${year}`]) expect(receipt).toContain(foldSpaces(wanted));
    await stack.checkPage(host, 'engagement-time-fr');
    await host.getByRole('checkbox', { name: 'Étape 1 faite' }).check();
    await host.getByRole('button', { name: 'Enregistrer les conditions' }).click();
    await host.getByRole('button', { name: 'Marquer l’engagement terminé' }).click();
    await current(host).getByText('Terminé').waitFor();
    expect(await host.getByRole('checkbox', { name: 'Étape 1 faite' }).isChecked()).toBe(true);
    await host.setViewportSize({ width: 360, height: 740 });
    await stack.checkPage(host, 'engagement-fr-360');
    await host.setViewportSize({ width: 1280, height: 860 });

    // The dashboard lists it, with where it stands.
    await host.goto('/my');
    const listed = host.getByRole('region', { name: 'Engagements' }).getByRole('listitem').filter({ hasText: 'Terminé' });
    await listed.getByRole('link', { name: /^Avec Numerica/ }).waitFor();
  });

  it('each side evaluates the other; each reads the other evaluation once it gave its own; the rating and the comment shown by choice reach the public profile', async () => {
    await host.goto(engagementPath);
    await host.getByRole('heading', { name: 'Évaluation', level: 2 }).waitFor();
    await host.getByRole('button', { name: 'Envoyer l’évaluation' }).click();
    // Field by field: nothing chosen yet.
    await host.locator('.field-error').first().waitFor();
    expect(await host.locator('.field-error').count()).toBe(3);
    await host.getByRole('radio', { name: '5', exact: true }).check();
    await host.getByLabel(field('Ce qui a été livré')).fill('Le plan comptable du GIE, et la formation de deux trésorières.');
    await host.getByRole('radio', { name: 'Oui' }).check();
    await host.getByLabel('Commentaire', { exact: true }).fill('Un expert patient et précis : à refaire.');
    await host.getByLabel(/Afficher mon commentaire sur le profil public/).check();
    await host.getByRole('button', { name: 'Envoyer l’évaluation' }).click();
    await host.getByRole('article', { name: `Évaluation de ${hostOrg}` }).getByText(`5/5 pour ${providerOrg}`).waitFor();

    await provider.goto(engagementPath);
    await provider.getByText(`${hostOrg} has given their evaluation`, { exact: false }).waitFor();
    expect(await provider.getByText('Un expert patient et précis').count()).toBe(0);
    await provider.getByRole('radio', { name: '4', exact: true }).check();
    await provider.getByLabel(field('What was delivered')).fill('A warm welcome and clear accounts to start from.');
    await provider.getByRole('radio', { name: 'Yes' }).check();
    await provider.getByRole('button', { name: 'Send the evaluation' }).click();
    const stages = provider.getByRole('list', { name: 'Stages of the engagement' });
    await stages.locator('[aria-current="step"]').getByText('Evaluated').waitFor();
    await provider.getByRole('article', { name: `Evaluation by ${hostOrg}` }).getByText('Un expert patient et précis', { exact: false }).waitFor();
    await stack.checkPage(provider, 'engagement-evaluated-en');
    await provider.setViewportSize({ width: 360, height: 740 });
    await stack.checkPage(provider, 'engagement-evaluated-en-360');
    await provider.setViewportSize({ width: 1280, height: 860 });

    // The provider's public profile: one evaluation, 5/5, and the host's comment.
    await host.getByRole('link', { name: providerOrg }).first().click();
    await host.getByRole('heading', { name: providerOrg, level: 1 }).waitFor();
    const ratings = host.getByRole('region', { name: 'Évaluations' });
    await ratings.getByText('5/5 en moyenne').waitFor();
    await ratings.getByText('1 évaluation').waitFor();
    await ratings.getByText('Un expert patient et précis : à refaire.').waitFor();
    await stack.checkPage(host, 'organization-ratings-fr');
  });

  it("the host's dashboard shows its figures, a chart of its engagements per month, and exports its engagements as CSV", async () => {
    await host.goto(`/organizations/${organizationId}/dashboard`);
    const figures = host.getByRole('region', { name: 'Bilan' });
    await figures.getByRole('img', { name: 'Graphique : 1 engagement sur douze mois' }).waitFor();
    const received = figures.getByText('Temps reçu (approuvé)').locator('xpath=following-sibling::dd[1]');
    expect(await received.textContent()).toBe('1 jour');
    const csv = (await download(host, 'Exporter les engagements (CSV)')).toString('utf8');
    const [header, line] = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(header.split(';').slice(0, 3)).toEqual(['engagement', 'rôle', 'partenaire']);
    expect(line.split(';')).toEqual(expect.arrayContaining(['host', providerOrg, 'skills_sponsorship', 'evaluated']));
    await stack.checkPage(host, 'dashboard-figures-fr');
    await host.setViewportSize({ width: 360, height: 740 });
    await stack.checkPage(host, 'dashboard-figures-fr-360');
    await host.setViewportSize({ width: 1280, height: 860 });
  });

  it('the host finds the offer in the offers listing, searching in French', async () => {
    await host.goto('/offers');
    await host.getByRole('heading', { name: 'Offres de compétences', level: 1 }).waitFor();
    await host.getByRole('searchbox', { name: 'Mots-clés' }).fill('tenir la comptabilité de notre groupement');
    await host.getByRole('button', { name: 'Rechercher' }).click();
    await host.waitForURL(/[?&]q=/);
    const card = host.getByRole('listitem').filter({ has: host.getByRole('heading', { name: offerTitle }) });
    await card.waitFor();
    await card.getByText(/Peut se rendre/).waitFor();
    await stack.checkPage(host, 'offers-search-fr');
    await host.setViewportSize({ width: 360, height: 740 });
    await card.waitFor();
    await stack.checkPage(host, 'offers-search-fr-360');
    await host.setViewportSize({ width: 1280, height: 860 });
  });

  it('a person outside the organization cannot open its drafts or its suggestions', async () => {
    await provider.goto(`/needs/${draftNeedId}`);
    await provider.getByText('Not found: this page does not exist or is not public.').waitFor();
    await provider.goto(`/needs/${needId}/suggestions`);
    await provider.getByText(/for members of the organization only/).waitFor();
    await stack.checkPage(provider, 'suggestions-refused-en');
    expect((await provider.request.get(`/api/needs/${needId}/suggestions`)).status()).toBe(403);
    expect((await provider.request.get(`/api/needs/${draftNeedId}`)).status()).toBe(404);
  });
});
