import { renderProposalEmail, renderProposalNotification, type ProposalEmailInput } from './proposal-email';

const input: ProposalEmailInput = {
  event: 'received',
  recipientName: 'Paul Martin',
  otherOrganizationName: 'Salines de Casamance',
  needTitle: 'Comptable pour la coopérative',
  offerTitle: 'Senior accountant',
  message: 'Bonjour,\nvotre comptable pourrait-il nous aider <vraiment> ?',
  respondBy: new Date('2027-03-11T12:00:00Z'),
  declineReason: null,
  link: 'https://relais.example/organizations/42/proposals',
  preferencesLink: 'https://relais.example/settings/notifications',
};

describe('renderProposalEmail', () => {
  it('a proposal received: who proposes, on which pair, their message quoted, the deadline and the link', () => {
    const email = renderProposalEmail(input, 'en');
    expect(email.subject).toBe('Relais: Salines de Casamance proposes to work with you');
    expect(email.text).toContain('the need “Comptable pour la coopérative” and the offer “Senior accountant”');
    expect(email.text).toContain('> votre comptable pourrait-il nous aider <vraiment> ?');
    expect(email.text).toContain('Answer by 11 March 2027');
    expect(email.text).toContain('Answer the proposal: https://relais.example/organizations/42/proposals');
    // The message is the proposer's text: escaped in the HTML part.
    expect(email.html).toContain('&lt;vraiment&gt;');
    expect(email.html).not.toContain('<vraiment>');
  });

  it('in French, with French typography', () => {
    const email = renderProposalEmail(input, 'fr');
    expect(email.subject).toBe('Relais\u00a0: Salines de Casamance vous propose de travailler ensemble');
    expect(email.text).toContain('besoin «\u00a0Comptable pour la coopérative\u00a0»');
    expect(email.text).toMatch(/Bonjour Paul Martin,/);
  });

  it('a decline gives the reason from the list, and the text given with it', () => {
    const email = renderProposalEmail({ ...input, event: 'declined', declineReason: 'already_found', message: 'Une bénévole nous aide déjà.' }, 'fr');
    expect(email.subject).toBe('Relais\u00a0: Salines de Casamance a décliné votre proposition');
    expect(email.text).toContain('Raison donnée\u00a0: la structure a déjà trouvé.');
    expect(email.text).toContain('> Une bénévole nous aide déjà.');
  });

  it('an acceptance says where to find the contacts, and quotes nothing', () => {
    const email = renderProposalEmail({ ...input, event: 'accepted' }, 'en');
    expect(email.subject).toBe('Relais: Salines de Casamance accepted your proposal');
    expect(email.text).not.toContain('> ');
    expect(email.text).toContain('names and addresses');
  });

  it('a reminder says until when the proposal waits, and what happens after', () => {
    const email = renderProposalEmail({ ...input, event: 'reminder' }, 'en');
    expect(email.subject).toBe("Relais: Salines de Casamance's proposal is waiting for your answer");
    expect(email.text).toContain('is waiting for your answer until 11 March 2027');
    expect(email.text).toContain('it expires and Salines de Casamance is told');
    expect(email.text).toContain('Answer the proposal: https://relais.example/organizations/42/proposals');
    expect(email.text).not.toContain('> ');
  });

  it('an expiry tells the proposer that no answer came by the deadline', () => {
    const email = renderProposalEmail({ ...input, event: 'expired' }, 'fr');
    expect(email.subject).toBe('Relais\u00a0: Votre proposition à Salines de Casamance a expiré');
    expect(email.text).toContain("Salines de Casamance n'a pas répondu avant le 11 mars 2027");
  });
});

describe('renderProposalNotification', () => {
  it('gives the bell menu a title and one sentence, without the message', () => {
    expect(renderProposalNotification(input, 'en')).toEqual({
      title: 'Salines de Casamance proposes to work with you',
      body: 'Salines de Casamance proposes a partnership on the need “Comptable pour la coopérative” and the offer “Senior accountant”.',
    });
    expect(renderProposalNotification({ ...input, event: 'declined', declineReason: 'dates' }, 'fr').body).toContain('Raison donnée\u00a0: les dates ne conviennent pas.');
  });
});
