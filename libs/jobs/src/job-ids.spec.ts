import { againJobId, firstJobId } from './job-ids';

describe('job ids of jobs run again', () => {
  it('name the first job, however many times it ran again', () => {
    const id = '3f0c1c52-7d0e-4a55-9b43-0c1e2f3a4b5c';
    const retried = againJobId(id, 'retry', 1);
    expect(retried).toBe(`${id}-retry-1`);
    expect(againJobId(retried, 'retry', 2)).toBe(`${id}-retry-2`);
    expect(firstJobId(againJobId(retried, 'replay', 1733000000000))).toBe(id);
  });

  it('leave other ids alone', () => {
    expect(firstJobId('digest-2026-12-01')).toBe('digest-2026-12-01');
    expect(firstJobId('send-retry-x')).toBe('send-retry-x');
  });
});
