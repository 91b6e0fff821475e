import { renderThreadEmail, type ThreadEmailInput } from './thread-email';

const input: ThreadEmailInput = {
  recipientName: 'Awa Diop',
  otherOrganizationName: 'Numerica',
  needTitle: 'Comptable pour la coopérative',
  offerTitle: 'Senior accountant',
  messages: [
    { at: new Date('2027-03-02T09:15:00Z'), body: 'Bonjour, quand pouvons-nous nous appeler ?' },
    { at: new Date('2027-03-02T09:20:00Z'), body: 'Mardi <matin> nous irait.' },
  ],
  link: 'https://relais.example/proposals/42',
  preferencesLink: 'https://relais.example/settings/notifications',
};

describe('renderThreadEmail', () => {
  it('gathers the messages of the window in one e-mail, oldest first, with their times and the link to answer', () => {
    const email = renderThreadEmail(input, 'fr');
    expect(email.subject).toBe('Relais\u00a0: Numerica vous a écrit');
    expect(email.text).toContain('2 nouveaux messages de Numerica');
    expect(email.text.indexOf('quand pouvons-nous')).toBeLessThan(email.text.indexOf('Mardi'));
    expect(email.text).toContain('2 mars 2027 à 10:15');
    expect(email.text).toContain('Lire et répondre\u00a0: https://relais.example/proposals/42');
    expect(email.html).toContain('Mardi &lt;matin&gt; nous irait.');
  });

  it('in English, one message', () => {
    const email = renderThreadEmail({ ...input, messages: input.messages.slice(0, 1) }, 'en');
    expect(email.subject).toBe('Relais: Numerica wrote to you');
    expect(email.text).toContain('New message from Numerica about the proposal on the need “Comptable pour la coopérative”');
  });

  it('shows the ten latest of a long run, and says the older ones are on Relais', () => {
    const messages = Array.from({ length: 13 }, (_, i) => ({ at: new Date(Date.UTC(2027, 2, 2, 9, i)), body: `message ${i}` }));
    const email = renderThreadEmail({ ...input, messages }, 'en');
    expect(email.text).toContain('13 new messages');
    expect(email.text).not.toContain('message 2\n');
    expect(email.text).toContain('> message 12');
    expect(email.text).toContain('The 3 older ones are on Relais.');
  });
});
