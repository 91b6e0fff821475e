import { RecentSessions } from './recent-sessions';

const ada = { userId: 'u1', sessionId: 's1', isPlatformAdmin: false };
const adaElsewhere = { userId: 'u1', sessionId: 's2', isPlatformAdmin: false };
const bob = { userId: 'u2', sessionId: 's3', isPlatformAdmin: true };

describe('RecentSessions', () => {
  it('gives back a session until its end, then no longer', () => {
    const sessions = new RecentSessions();
    sessions.remember('t1', ada, 2000, sessions.generation);
    expect(sessions.get('t1', 1999)).toEqual(ada);
    expect(sessions.get('t1', 2000)).toBeUndefined();
    expect(sessions.size).toBe(0);
  });

  it('forgets one session, every session of a person, or all', () => {
    const sessions = new RecentSessions();
    sessions.remember('t1', ada, Infinity, sessions.generation);
    sessions.remember('t2', adaElsewhere, Infinity, sessions.generation);
    sessions.remember('t3', bob, Infinity, sessions.generation);
    sessions.forget({ sessionId: 's1' });
    expect([sessions.get('t1'), sessions.get('t2'), sessions.get('t3')]).toEqual([undefined, adaElsewhere, bob]);
    sessions.forget({ userId: 'u1' });
    expect([sessions.get('t2'), sessions.get('t3')]).toEqual([undefined, bob]);
    sessions.forget('all');
    expect(sessions.get('t3')).toBeUndefined();
  });

  it('does not remember what was read before a change', () => {
    const sessions = new RecentSessions();
    const before = sessions.generation;
    sessions.forget({ sessionId: 'unrelated' });
    sessions.remember('t1', ada, Infinity, before);
    expect(sessions.get('t1')).toBeUndefined();
  });

  it('lets the oldest go when full', () => {
    const sessions = new RecentSessions(2);
    for (const token of ['t1', 't2', 't3']) sessions.remember(token, ada, Infinity, sessions.generation);
    expect([sessions.get('t1'), sessions.get('t2'), sessions.get('t3')]).toEqual([undefined, ada, ada]);
  });
});
