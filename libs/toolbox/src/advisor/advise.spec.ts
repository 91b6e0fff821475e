import { TOOLBOX_MECHANISM_CODES } from '../mechanism-codes';
import { advise, type MechanismAdvice } from './advise';
import { DECISION_TABLE } from './test/decision-table';

const eligibleCodes = (advice: MechanismAdvice[]) => advice.filter((item) => item.eligible === 'yes').map((item) => item.code);

describe('advise: the decision table, row by row', () => {
  it.each(DECISION_TABLE)('$label', ({ answers, expected, route }) => {
    const advice = advise(answers, 'fr');
    expect(advice.map((item) => item.code)).toEqual([...TOOLBOX_MECHANISM_CODES]);
    expect(eligibleCodes(advice).sort()).toEqual([...expected].sort());
    const first = advice.find((item) => item.code === expected[0])!;
    expect(first.rules.every((rule) => rule.outcome === 'met')).toBe(true);
    expect(first.missing).toEqual([]);
    expect(first.nextSteps.length).toBeGreaterThan(0);
    if (route) expect(first.route).toBe(route);
  });

  it('gives every rule an id, sentences in both languages and a source', () => {
    for (const { answers } of DECISION_TABLE) {
      const [fr, en] = [advise(answers, 'fr'), advise(answers, 'en')];
      fr.forEach((item, index) => {
        item.rules.forEach((rule, ruleIndex) => {
          const english = en[index].rules[ruleIndex];
          expect(rule.id).toMatch(new RegExp(`^${item.code}\\.`));
          expect(english.id).toBe(rule.id);
          expect(rule.text).not.toBe(english.text);
          expect(rule.sources.length).toBeGreaterThan(0);
        });
        expect(item.title).not.toBe(en[index].title);
      });
    }
  });

  it('explains a refusal with the rules not met only', () => {
    const { answers } = DECISION_TABLE[2];
    const sponsorship = advise(answers, 'en').find((item) => item.code === 'skills_sponsorship')!;
    expect(sponsorship.eligible).toBe('no');
    expect(sponsorship.rules.map((rule) => rule.id)).toEqual(expect.arrayContaining(['skills_sponsorship.host.general_interest']));
    expect(sponsorship.rules.every((rule) => rule.outcome === 'not_met')).toBe(true);
    expect(sponsorship.nextSteps).toEqual([]);
  });
});
