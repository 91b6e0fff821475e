import { decideEngagement, decideProposal, ENGAGEMENT_STATUSES, PROPOSAL_STATUSES, type EngagementMarks } from './partnership';

describe('decideProposal', () => {
  // [status, action, actor, proposer, expected status or refusal]
  it.each([
    ['pending', 'accept', 'provider', 'host', 'accepted'],
    ['pending', 'accept', 'host', 'provider', 'accepted'],
    ['pending', 'accept', 'host', 'host', 'NOT_YOUR_SIDE'],
    ['pending', 'decline', 'provider', 'host', 'declined'],
    ['pending', 'decline', 'provider', 'provider', 'NOT_YOUR_SIDE'],
    ['pending', 'withdraw', 'host', 'host', 'withdrawn'],
    ['pending', 'withdraw', 'provider', 'host', 'NOT_YOUR_SIDE'],
    ['pending', 'expire', null, 'host', 'expired'],
    ['pending', 'expire', 'provider', 'host', 'NOT_YOUR_SIDE'],
    ['pending', 'accept', null, 'host', 'NOT_YOUR_SIDE'],
    ['accepted', 'decline', 'provider', 'host', 'INVALID_TRANSITION'],
    ['declined', 'accept', 'provider', 'host', 'INVALID_TRANSITION'],
    ['withdrawn', 'accept', 'provider', 'host', 'INVALID_TRANSITION'],
    ['expired', 'accept', 'provider', 'host', 'INVALID_TRANSITION'],
    ['accepted', 'expire', null, 'host', 'INVALID_TRANSITION'],
  ] as const)('%s + %s by %s (proposed by %s) -> %s', (status, action, actor, proposer, expected) => {
    const decision = decideProposal(status, action, actor, proposer);
    expect(decision.ok ? decision.status : decision.code).toBe(expected);
  });

  it('ends are final: nothing leaves accepted, declined, withdrawn or expired', () => {
    for (const status of PROPOSAL_STATUSES.filter((s) => s !== 'pending')) {
      for (const action of ['accept', 'decline', 'withdraw', 'expire'] as const) {
        for (const actor of ['host', 'provider', null] as const) {
          expect(decideProposal(status, action, actor, 'host')).toEqual({ ok: false, code: 'INVALID_TRANSITION' });
        }
      }
    }
  });
});

describe('decideEngagement', () => {
  const none: EngagementMarks = { signed: [], evaluated: [] };
  const hostSigned: EngagementMarks = { signed: ['host'], evaluated: [] };
  const providerEvaluated: EngagementMarks = { signed: ['host', 'provider'], evaluated: ['provider'] };

  // [status, action, actor, marks, expected status or refusal]
  it.each([
    ['agreed', 'sign', 'host', none, 'agreed'],
    ['agreed', 'sign', 'provider', hostSigned, 'agreement_signed'],
    ['agreed', 'sign', 'host', hostSigned, 'ALREADY_DONE'],
    ['agreed', 'start', 'provider', hostSigned, 'INVALID_TRANSITION'],
    ['agreement_signed', 'sign', 'host', none, 'INVALID_TRANSITION'],
    ['agreement_signed', 'start', 'provider', none, 'under_way'],
    ['agreement_signed', 'start', 'host', none, 'under_way'],
    ['under_way', 'complete', 'host', none, 'completed'],
    ['under_way', 'complete', 'provider', none, 'NOT_YOUR_SIDE'],
    ['agreement_signed', 'complete', 'host', none, 'INVALID_TRANSITION'],
    ['completed', 'evaluate', 'host', none, 'completed'],
    ['completed', 'evaluate', 'host', providerEvaluated, 'evaluated'],
    ['completed', 'evaluate', 'provider', providerEvaluated, 'ALREADY_DONE'],
    ['under_way', 'evaluate', 'host', none, 'INVALID_TRANSITION'],
    ['agreed', 'cancel', 'host', none, 'cancelled'],
    ['agreement_signed', 'cancel', 'provider', none, 'cancelled'],
    ['under_way', 'cancel', 'host', none, 'cancelled'],
    ['completed', 'cancel', 'host', none, 'INVALID_TRANSITION'],
    ['evaluated', 'cancel', 'provider', none, 'INVALID_TRANSITION'],
    ['cancelled', 'cancel', 'provider', none, 'INVALID_TRANSITION'],
  ] as const)('%s + %s by %s -> %s', (status, action, actor, marks, expected) => {
    const decision = decideEngagement(status, action, actor, marks);
    expect(decision.ok ? decision.status : decision.code).toBe(expected);
  });

  it('a cancelled or evaluated engagement is final', () => {
    for (const status of ['cancelled', 'evaluated'] as const) {
      for (const action of ['sign', 'start', 'complete', 'evaluate', 'cancel'] as const) {
        for (const actor of ['host', 'provider'] as const) expect(decideEngagement(status, action, actor, none).ok).toBe(false);
      }
    }
  });

  it('every status but the two ends has a way forward', () => {
    const open = ENGAGEMENT_STATUSES.filter((s) => s !== 'cancelled' && s !== 'evaluated');
    for (const status of open) {
      const forward = (['sign', 'start', 'complete', 'evaluate'] as const).some((action) =>
        (['host', 'provider'] as const).some((actor) => decideEngagement(status, action, actor, none).ok),
      );
      expect(forward).toBe(true);
    }
  });
});
