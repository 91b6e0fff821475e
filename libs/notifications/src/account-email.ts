import { copyFor } from './email-copy';
import { checkLink, escapeHtml, formatDate, singleLine, truncate } from './email-format';
import { htmlButton, htmlPage } from './email-layout';
import type { Locale, RenderedEmail } from './rendering.types';

/** Messages about a person's own account: sent to its address, in its language. */
export type AccountEmailKind = 'verify_email' | 'reset_password' | 'password_changed' | 'inactive_account' | 'account_exists';

export interface AccountEmailInput {
  kind: AccountEmailKind;
  locale: Locale;
  recipientName: string;
  /** The one-time link (`${PUBLIC_URL}/verify-email/…`, `…/reset-password/…`), or for a notice the sign-in page. */
  link: string;
  /** When the link stops working (for an inactive account: when it will be anonymized); none for a notice. */
  expiresAt?: Date;
}

type Wording = { subject: string; paragraphs: string[]; button: string; expiry?: (date: string) => string; footer: string };

const WORDING: Record<Locale, Record<AccountEmailKind, Wording>> = {
  fr: {
    verify_email: {
      subject: 'Confirmez votre adresse e-mail sur Relais',
      paragraphs: ['Bienvenue sur Relais. Pour confirmer que cette adresse est bien la vôtre, ouvrez le lien ci-dessous.'],
      button: 'Confirmer mon adresse',
      expiry: (date) => `Ce lien expire le ${date}.`,
      footer: "Vous recevez cet e-mail parce qu'un compte Relais a été créé avec cette adresse. Si ce n'est pas vous, ignorez ce message.",
    },
    reset_password: {
      subject: 'Choisir un nouveau mot de passe sur Relais',
      paragraphs: [
        'Quelqu’un, sans doute vous, a demandé à changer le mot de passe de votre compte Relais.',
        'Pour en choisir un nouveau, ouvrez le lien ci-dessous. Toutes vos sessions seront ensuite fermées.',
      ],
      button: 'Choisir un nouveau mot de passe',
      expiry: (date) => `Ce lien ne sert qu'une fois et expire le ${date}.`,
      footer: "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.",
    },
    password_changed: {
      subject: 'Le mot de passe de votre compte Relais a changé',
      paragraphs: [
        'Le mot de passe de votre compte Relais vient d’être changé, et vos autres sessions ont été fermées.',
        "Si ce n'est pas vous, choisissez tout de suite un nouveau mot de passe avec « Mot de passe oublié » sur la page de connexion.",
      ],
      button: 'Se connecter',
      footer: 'Vous recevez cet e-mail pour la sécurité de votre compte.',
    },
    inactive_account: {
      subject: 'Votre compte Relais va être anonymisé',
      paragraphs: [
        'Vous ne vous êtes pas connecté à Relais depuis longtemps. Pour ne pas garder vos données personnelles sans raison, nous anonymiserons votre compte : votre nom et votre adresse seront effacés, les besoins et offres de vos structures resteront.',
        'Pour garder votre compte, il suffit de vous connecter.',
      ],
      button: 'Se connecter',
      expiry: (date) => `Sans connexion de votre part, votre compte sera anonymisé le ${date}.`,
      footer: 'Vous recevez cet e-mail parce que votre compte Relais est inactif.',
    },
    account_exists: {
      subject: 'Vous avez déjà un compte Relais',
      paragraphs: [
        'Quelqu’un, sans doute vous, a voulu créer un compte Relais avec cette adresse, qui en a déjà un.',
        'Connectez-vous avec votre mot de passe. Si vous l’avez oublié, choisissez-en un nouveau avec « Mot de passe oublié » sur la page de connexion.',
      ],
      button: 'Se connecter',
      footer: "Si ce n'est pas vous, ignorez ce message : rien n'a changé sur votre compte.",
    },
  },
  en: {
    verify_email: {
      subject: 'Confirm your e-mail address on Relais',
      paragraphs: ['Welcome to Relais. To confirm that this address is yours, open the link below.'],
      button: 'Confirm my address',
      expiry: (date) => `This link expires on ${date}.`,
      footer: 'You receive this e-mail because a Relais account was created with this address. If it was not you, ignore this message.',
    },
    reset_password: {
      subject: 'Choose a new password on Relais',
      paragraphs: [
        'Someone, probably you, asked to change the password of your Relais account.',
        'To choose a new one, open the link below. All your sessions will then be signed out.',
      ],
      button: 'Choose a new password',
      expiry: (date) => `This link works once and expires on ${date}.`,
      footer: 'If you asked for nothing, ignore this message: your password stays the same.',
    },
    password_changed: {
      subject: 'The password of your Relais account changed',
      paragraphs: [
        'The password of your Relais account was just changed, and your other sessions were signed out.',
        'If it was not you, choose a new password at once with "Forgot your password?" on the sign-in page.',
      ],
      button: 'Sign in',
      footer: 'You receive this e-mail for the security of your account.',
    },
    inactive_account: {
      subject: 'Your Relais account is about to be anonymized',
      paragraphs: [
        'You have not signed in to Relais for a long time. So as not to keep your personal data without a reason, we will anonymize your account: your name and address will be erased, the needs and offers of your organizations will stay.',
        'To keep your account, simply sign in.',
      ],
      button: 'Sign in',
      expiry: (date) => `Unless you sign in, your account will be anonymized on ${date}.`,
      footer: 'You receive this e-mail because your Relais account is inactive.',
    },
    account_exists: {
      subject: 'You already have a Relais account',
      paragraphs: [
        'Someone, probably you, tried to create a Relais account with this address, which already has one.',
        'Sign in with your password. If you forgot it, choose a new one with "Forgot your password?" on the sign-in page.',
      ],
      button: 'Sign in',
      footer: 'If it was not you, ignore this message: nothing changed on your account.',
    },
  },
};

/** The e-mail that confirms an address, sends a password reset link, or tells something about the account. */
export function renderAccountEmail(input: AccountEmailInput): RenderedEmail {
  const wording = WORDING[input.locale][input.kind];
  const link = checkLink(input.link);
  const copy = copyFor(input.locale);
  const hello = copy.greeting(truncate(singleLine(input.recipientName), 80));
  const expiry = wording.expiry && input.expiresAt ? wording.expiry(formatDate(input.expiresAt, input.locale)) : null;
  const label = copy.labelled(wording.button, link);

  const text = [hello, '', ...wording.paragraphs.flatMap((p) => [p, '']), label, ...(expiry ? ['', expiry] : []), '', '-- ', wording.footer, ''].join('\n');
  const body = [
    `<p style="margin:0 0 16px">${escapeHtml(hello)}</p>`,
    ...wording.paragraphs.map((p) => `<p style="margin:0 0 8px">${escapeHtml(p)}</p>`),
    htmlButton(link, wording.button),
    expiry ? `<p style="margin:0">${escapeHtml(expiry)}</p>` : '',
  ].join('\n');
  return { subject: wording.subject, text, html: htmlPage(input.locale, wording.subject, body, escapeHtml(wording.footer)) };
}
