import { passwordProblem } from './password-rule';

const awa = { email: 'awa.diallo@salines-casamance.org', displayName: 'Awa Diallo' };

describe('passwordProblem', () => {
  it.each([
    ['password12', 'a common password'],
    ['motdepasse123', 'a common French one with digits'],
    ['          ', 'ten spaces'],
    ['azertyuiop', 'a keyboard row'],
    ['awa.diallo@salines-casamance.org', 'the e-mail address itself'],
    ['awadiallo2026', 'the name and a year'],
    ['salinescasamance', 'the address domain'],
    ['relais2026!', "the site's name"],
  ])('refuses %j (%s)', (password) => {
    expect(passwordProblem(password, awa)).toEqual({ path: 'password', reason: 'is too easy to guess' });
  });

  it('refuses what is too short, naming the length', () => {
    expect(passwordProblem('Xq7#pL2', awa)).toEqual({ path: 'password', reason: 'must be at least 10 characters long' });
  });

  it.each(['correct horse battery staple', 'une phrase de passe assez longue', 'Tr0ub4dor&3xyz', 'soleil de Ziguinchor en février'])(
    'accepts %j',
    (password) => {
      expect(passwordProblem(password, awa)).toBeNull();
    },
  );

  it('names the field it is given', () => {
    expect(passwordProblem('password12', awa, 'newPassword')?.path).toBe('newPassword');
  });
});
