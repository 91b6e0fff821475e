/**
 * A person's own account in the browser: confirming the address before signing in, changing the
 * password, signing out everywhere, a forgotten password, and what too many wrong passwords show.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { User } from '@relais/database';
import { field, linkIn, WebStack } from './support/web-stack';

jest.setTimeout(180_000);

const PASSWORD = 'une phrase de passe assez longue';
const NEW_PASSWORD = 'trois puits creusés à Kédougou';
const unique = () => randomUUID().slice(0, 8);

describe('one’s own account in the browser', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await WebStack.start();
  });
  afterEach(() => stack.screenshotOpenPages(expect.getState().currentTestName ?? 'test'));
  afterAll(async () => {
    await stack?.stop();
  });

  async function signIn(page: Page, email: string, password: string, labels = { email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter' }) {
    await page.goto('/signin');
    await page.getByLabel(labels.email).fill(email);
    await page.getByLabel(field(labels.password)).fill(password);
    await page.getByRole('button', { name: labels.submit, exact: true }).click();
  }

  it('signs up, confirms the address from the e-mail, changes the password and signs out everywhere', async () => {
    const email = `fatou-${unique()}@sahel-eau.test`;
    const { page } = await stack.newPage('fr');
    await page.goto('/signup');
    await page.getByLabel('Votre nom').fill('Fatou Ndiaye');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill('fatoundiaye1');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText('est trop facile à deviner', { exact: false }).waitFor();
    await stack.checkPage(page, 'signup-weak-password-fr');
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { name: 'Confirmez votre adresse e-mail' }).waitFor();
    await page.getByText(`Nous avons envoyé un e-mail à ${email}`, { exact: false }).waitFor();
    await stack.checkPage(page, 'signup-sent-fr');

    // Signing in before opening the link: refused, with a way to get a new link.
    await signIn(page, email, PASSWORD);
    await page.getByText('Confirmez d’abord votre adresse e-mail', { exact: false }).waitFor();
    await stack.checkPage(page, 'signin-not-confirmed-fr');
    await page.getByRole('button', { name: 'Envoyer un nouveau lien' }).click();
    await page.getByText('Un nouveau lien est parti', { exact: false }).waitFor();
    const links = await stack.emailsTo(email, /Confirmez votre adresse/, 2);
    // The first link stopped working when the second was sent.
    await page.goto(linkIn(links[0], stack.baseUrl));
    await page.getByText('Ce lien a expiré ou a déjà servi', { exact: false }).waitFor();
    await page.goto(linkIn(links[1], stack.baseUrl));
    await page.getByText('Votre adresse e-mail est confirmée.', { exact: false }).waitFor();
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe(email);
    await stack.checkPage(page, 'verify-email-fr');
    await page.getByLabel(field('Mot de passe')).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.getByRole('heading', { name: 'Mes structures' }).waitFor();

    // A second device, to be signed out by the change.
    const { page: phone } = await stack.newPage('fr', { width: 360, height: 740 });
    await signIn(phone, email, PASSWORD);
    await phone.getByRole('heading', { name: 'Mes structures' }).waitFor();

    await page.goto('/settings/security');
    await page.getByLabel('Mot de passe actuel').fill('pas le bon du tout');
    await page.getByLabel('Nouveau mot de passe').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByText('n’est pas votre mot de passe actuel').waitFor();
    await page.getByLabel('Mot de passe actuel').fill(PASSWORD);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByText('Mot de passe changé.', { exact: false }).waitFor();
    await stack.checkPage(page, 'security-fr');
    await stack.emailTo(email, /mot de passe de votre compte Relais a changé/);
    await phone.goto('/settings/profile');
    await phone.getByText('Connectez-vous pour continuer', { exact: false }).or(phone.getByRole('link', { name: 'Se connecter' }).first()).first().waitFor();
    expect(await phone.getByLabel('Votre nom').count()).toBe(0);

    await page.getByRole('button', { name: 'Se déconnecter partout' }).click();
    await page.getByRole('heading', { name: 'Se connecter' }).waitFor();
    await signIn(page, email, NEW_PASSWORD);
    await page.getByRole('heading', { name: 'Mes structures' }).waitFor();
  });

  it('signing up again with one’s address: the e-mail says there is an account; a forgotten password is reset (in English)', async () => {
    const email = `paul-${unique()}@numerica.test`;
    const { context, page } = await stack.newPage('en');
    await stack.createAccount(context, { email, password: PASSWORD, displayName: 'Paul Martin', locale: 'en' });
    await context.clearCookies();

    // The page answers as for a new address: only the address's owner learns that it has an account.
    await page.goto('/signup');
    await page.getByLabel('Your name').fill('Paul Martin');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill('another long pass phrase');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('heading', { name: 'Confirm your e-mail address' }).waitFor();
    await stack.checkPage(page, 'signup-sent-en');
    await page.goto(linkIn(await stack.emailTo(email, /You already have a Relais account/), stack.baseUrl));
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    // The sign-in page has an e-mail field too: wait for the page the link opens.
    await page.getByRole('heading', { name: 'Forgot your password' }).waitFor();
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText(`If an account uses ${email}, a link was just sent to it.`, { exact: false }).waitFor();
    await stack.checkPage(page, 'forgot-password-sent-en');

    await page.goto(linkIn(await stack.emailTo(email, /Choose a new password/), stack.baseUrl));
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel('New password').fill('paulmartin2026');
    await page.getByRole('button', { name: 'Save the password' }).click();
    await page.getByText('is too easy to guess', { exact: false }).waitFor();
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save the password' }).click();
    await page.getByText('Your password is changed', { exact: false }).waitFor();
    await stack.checkPage(page, 'reset-password-done-en');

    await page.getByRole('link', { name: 'Sign in with the new password' }).click();
    await signIn(page, email, NEW_PASSWORD, { email: 'E-mail address', password: 'Password', submit: 'Sign in' });
    await page.getByRole('heading', { name: 'My organizations' }).waitFor();
  });

  it('after five wrong passwords the sign-in page says how long to wait', async () => {
    const email = `khady-${unique()}@sahel-eau.test`;
    const { context, page } = await stack.newPage('fr');
    await stack.createAccount(context, { email, password: PASSWORD, displayName: 'Khady Fall', locale: 'fr' });
    await context.clearCookies();

    for (let i = 0; i < 5; i++) {
      await signIn(page, email, `mauvais essai ${i}`);
      await page.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
    }
    await signIn(page, email, PASSWORD);

    await page.getByText('Trop de tentatives : réessayez dans 15 minutes.').waitFor();
    await stack.checkPage(page, 'signin-too-many-fr');
  });

  it('an account signed in before its address was confirmed sees a reminder until it opens a new link', async () => {
    // Accounts created before confirmation came first may still be in this state.
    const email = `moussa-${unique()}@sahel-eau.test`;
    const { context, page } = await stack.newPage('fr', { width: 360, height: 740 });
    await stack.createAccount(context, { email, password: PASSWORD, displayName: 'Moussa Sané', locale: 'fr' });
    await stack.app.get(DataSource).getRepository(User).update({ email }, { emailVerifiedAt: null });

    await page.goto('/my');
    const reminder = page.getByRole('region', { name: 'Confirmation de votre adresse e-mail' });
    await reminder.getByText(email, { exact: false }).waitFor();
    await stack.checkPage(page, 'confirm-reminder-fr');
    await reminder.getByRole('button', { name: 'Envoyer un nouveau lien' }).click();
    await reminder.getByText('Un nouveau lien est parti', { exact: false }).waitFor();
    const [, link] = await stack.emailsTo(email, /Confirmez votre adresse/, 2);
    await page.goto(linkIn(link, stack.baseUrl));
    await page.getByText('Votre adresse e-mail est confirmée.', { exact: false }).waitFor();
    await reminder.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Continuer' }).click();
    await page.getByRole('heading', { name: 'Mes structures' }).waitFor();
  });

  it('downloads one’s data as JSON, then deletes the account (in English)', async () => {
    const email = `ines-${unique()}@sahel-eau.test`;
    const { context, page } = await stack.newPage('en');
    await stack.createAccount(context, { email, password: PASSWORD, displayName: 'Inès Sow', locale: 'en' });

    await page.goto('/settings/data');
    await page.getByRole('heading', { level: 1, name: 'My personal data' }).waitFor();
    await stack.checkPage(page, 'my-data-en');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my data (JSON)' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { account: { email: string; displayName: string } };
    expect(exported.account).toMatchObject({ email, displayName: 'Inès Sow' });

    const erase = page.getByRole('button', { name: 'Delete my account' });
    expect(await erase.isDisabled()).toBe(true);
    await page.getByLabel(field('Current password')).fill(PASSWORD);
    await page.getByLabel('I understand that my account will be deleted for good.').check();
    await erase.click();
    await page.getByText('Your account is deleted.', { exact: false }).waitFor();
    await stack.checkPage(page, 'account-deleted-en');
    await signIn(page, email, PASSWORD, { email: 'E-mail address', password: 'Password', submit: 'Sign in' });
    await page.getByText('Wrong e-mail address or password.').waitFor();
  });
});
