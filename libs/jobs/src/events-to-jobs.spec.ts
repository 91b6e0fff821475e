import { OUTBOX_EVENT_TYPES } from '@relais/database';
import { jobsForEvent } from './events-to-jobs';
import { JOBS, QUEUE_OF } from './queues';

describe('jobsForEvent', () => {
  it.each([
    ['need.published', ['match-need', 'embed-need']],
    ['need.closed', ['match-need']],
    ['offer.updated', ['match-offer', 'embed-offer']],
    ['organization.updated', ['sync-organization', 'embed-organization']],
    ['suggestion.created', ['notify-suggestion']],
    ['proposal.sent', ['notify-proposal', 'schedule-proposal']],
    ['proposal.changed', ['notify-proposal']],
    ['proposal.message', ['notify-message']],
    ['engagement.changed', ['notify-engagement', 'schedule-engagement']],
    ['email.rendered', ['send-email']],
  ] as const)('%s -> %j', (type, jobs) => {
    expect(jobsForEvent(type)).toEqual(jobs);
  });

  it('gives every event type at least one job, each on a known queue', () => {
    for (const type of OUTBOX_EVENT_TYPES) {
      const jobs = jobsForEvent(type);
      expect(jobs.length).toBeGreaterThan(0);
      jobs.forEach((job) => expect(QUEUE_OF[job]).toBeDefined());
    }
    expect(Object.keys(QUEUE_OF).sort()).toEqual(Object.values(JOBS).sort());
  });

  it("puts the jobs of one event on different queues: they all take the event's id as job id", () => {
    for (const type of OUTBOX_EVENT_TYPES) {
      const queues = jobsForEvent(type).map((job) => QUEUE_OF[job]);
      expect(new Set(queues).size).toBe(queues.length);
    }
  });
});
