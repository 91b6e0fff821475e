import { renderInvitationEmail } from './invitation-email';
import type { InvitationEmailInput } from './rendering.types';

const input = (overrides: Partial<InvitationEmailInput> = {}): InvitationEmailInput => ({
  inviterName: 'Claire Le Goff',
  organizationName: 'Bâtisseurs de Puits',
  role: 'member',
  link: 'https://relais.example.org/invitations/abc_DEF-123',
  // 10:00 UTC is 11:00 in Paris: the same day in both.
  expiresAt: new Date('2026-03-12T10:00:00Z'),
  ...overrides,
});

describe('renderInvitationEmail', () => {
  it('names the inviter and the organization in the subject, in French then English', () => {
    expect(renderInvitationEmail(input()).subject).toBe(
      'Claire Le Goff vous invite à rejoindre Bâtisseurs de Puits sur Relais / Claire Le Goff invites you to join Bâtisseurs de Puits on Relais',
    );
  });

  it.each([
    ['Bonjour,', 'Claire Le Goff vous invite à rejoindre Bâtisseurs de Puits sur Relais', "Accepter l'invitation\u00a0: https://relais.example.org/invitations/abc_DEF-123", 'Cette invitation expire le 12 mars 2026.'],
    ['Hello,', 'Claire Le Goff invites you to join Bâtisseurs de Puits on Relais', 'Accept the invitation: https://relais.example.org/invitations/abc_DEF-123', 'This invitation expires on 12 March 2026.'],
  ])('the text has each language: %s', (...fragments) => {
    const { text, html } = renderInvitationEmail(input());

    for (const fragment of fragments) expect(text).toContain(fragment);
    expect(html).toContain(fragments[3]);
  });

  it('puts the link in a button in the HTML, and says the role in both languages', () => {
    const { html, text } = renderInvitationEmail(input({ role: 'admin' }));

    expect(html.match(/<a href="https:\/\/relais.example.org\/invitations\/abc_DEF-123"/g)).toHaveLength(2);
    expect(html).toContain('<div lang="en">');
    expect(text).toContain("le rôle d'administrateur ou d'administratrice");
    expect(text).toContain('You will be an admin there.');
    expect(renderInvitationEmail(input()).text).toContain('You will be a member there.');
  });

  it('escapes names in the HTML and keeps the subject on one line', () => {
    const hostile = '<script>x</script> & Co';
    const { html, subject } = renderInvitationEmail(input({ inviterName: `Eve\r\n${hostile}`, organizationName: hostile }));

    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; Co');
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => renderInvitationEmail(input({ link: 'javascript:alert(1)' }))).toThrow(RangeError);
  });
});
