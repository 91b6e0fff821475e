import { renderAccountEmail } from './account-email';

const expiresAt = new Date('2027-03-04T10:00:00Z');

describe('renderAccountEmail', () => {
  it('writes the confirmation e-mail in the person’s language, with its link and expiry', () => {
    const email = renderAccountEmail({ kind: 'verify_email', locale: 'fr', recipientName: 'Awa Diallo', link: 'https://relais.example/verify-email/abc', expiresAt });

    expect(email.subject).toBe('Confirmez votre adresse e-mail sur Relais');
    expect(email.text).toContain('Bonjour Awa Diallo,');
    expect(email.text).toContain('Confirmer mon adresse\u00a0: https://relais.example/verify-email/abc');
    expect(email.text).toContain('Ce lien expire le 4 mars 2027.');
    expect(email.html).toContain('<html lang="fr">');
    expect(email.html).toContain('href="https://relais.example/verify-email/abc"');
  });

  it('the reset e-mail says the link works once, in English', () => {
    const email = renderAccountEmail({ kind: 'reset_password', locale: 'en', recipientName: 'Paul', link: 'https://relais.example/reset-password/x', expiresAt });

    expect(email.subject).toBe('Choose a new password on Relais');
    expect(email.text).toContain('This link works once and expires on 4 March 2027.');
    expect(email.text).toContain('Choose a new password: https://relais.example/reset-password/x');
  });

  it('the notice of a changed password has no expiry, and escapes the name in HTML', () => {
    const email = renderAccountEmail({ kind: 'password_changed', locale: 'en', recipientName: '<b>Paul</b>\nMartin', link: 'https://relais.example/signin' });

    expect(email.text).toContain('Hello <b>Paul</b> Martin,');
    expect(email.text).not.toContain('expires');
    expect(email.html).toContain('&lt;b&gt;Paul&lt;/b&gt; Martin');
    expect(email.html).not.toContain('<b>Paul</b>');
  });

  it('tells the owner of an address that someone tried to register it, pointing to sign-in and the forgotten password', () => {
    const email = renderAccountEmail({ kind: 'account_exists', locale: 'en', recipientName: 'Paul', link: 'https://relais.example/signin' });

    expect(email.subject).toBe('You already have a Relais account');
    expect(email.text).toContain('Sign in: https://relais.example/signin');
    expect(email.text).toContain('"Forgot your password?"');
    expect(email.text).toContain('nothing changed on your account');
  });

  it('refuses a link that is not an absolute URL', () => {
    expect(() => renderAccountEmail({ kind: 'verify_email', locale: 'fr', recipientName: 'A', link: '/verify-email/x', expiresAt })).toThrow(RangeError);
  });
});
