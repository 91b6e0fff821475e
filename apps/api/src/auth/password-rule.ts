import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fr from '@zxcvbn-ts/language-fr';
import type { FieldProblem } from '../http/api-error';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's scale: 3 is "safely unguessable" (about 10^8 guesses and more). */
const MIN_SCORE = 3;

/** Common passwords, French and English words and names, keyboard patterns, dates and repeats. */
const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

/** Words an attacker would try first for this person: their address, its parts, their name, the site's name. */
function contextWords(email: string, displayName: string): string[] {
  const [local, domain = ''] = email.toLowerCase().split('@');
  const parts = (text: string) => text.split(/[\s.@_+-]+/);
  const name = displayName.toLowerCase();
  return [email, local, domain, ...parts(local), ...parts(domain), name, ...parts(name), parts(name).join(''), parts(domain).join(''), 'relais'].filter(
    (word) => word.length >= 3,
  );
}

/** The field problem for a password too easy to guess, or null when it will do. */
export function passwordProblem(password: string, context: { email: string; displayName: string }, path = 'password'): FieldProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return { path, reason: `must be at least ${PASSWORD_MIN_LENGTH} characters long` };
  const { score } = estimator.check(password, contextWords(context.email, context.displayName));
  return score >= MIN_SCORE ? null : { path, reason: 'is too easy to guess' };
}
