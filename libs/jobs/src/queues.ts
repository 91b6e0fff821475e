import type { DefaultJobOptions } from 'bullmq';
import type { Env } from '@relais/config';

/** Every queue and job name. Each job name has exactly one handler in apps/worker. */
export const QUEUES = {
  searchSync: 'search-sync',
  matching: 'matching',
  /** Sentence embeddings: CPU work kept off the queues people wait on. */
  embedding: 'embedding',
  notifications: 'notifications',
  /** Delayed jobs: proposals' reminders and expiries, engagements' checkpoints (and the jobs that queue them), threads' and suggestions' e-mails per window. */
  deadlines: 'deadlines',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  syncNeed: 'sync-need',
  syncOffer: 'sync-offer',
  syncOrganization: 'sync-organization',
  matchNeed: 'match-need',
  matchOffer: 'match-offer',
  embedNeed: 'embed-need',
  embedOffer: 'embed-offer',
  embedOrganization: 'embed-organization',
  notifySuggestion: 'notify-suggestion',
  emailSuggestions: 'email-suggestions',
  notifyProposal: 'notify-proposal',
  scheduleProposal: 'schedule-proposal',
  remindProposal: 'remind-proposal',
  expireProposal: 'expire-proposal',
  notifyMessage: 'notify-message',
  emailMessages: 'email-messages',
  emailMessagesDaily: 'email-messages-daily',
  notifyEngagement: 'notify-engagement',
  scheduleEngagement: 'schedule-engagement',
  remindEngagement: 'remind-engagement',
  sendEmail: 'send-email',
  dailyDigest: 'daily-digest',
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS];

/** Which queue carries each job. */
export const QUEUE_OF: Record<JobName, QueueName> = {
  'sync-need': QUEUES.searchSync,
  'sync-offer': QUEUES.searchSync,
  'sync-organization': QUEUES.searchSync,
  'match-need': QUEUES.matching,
  'match-offer': QUEUES.matching,
  'embed-need': QUEUES.embedding,
  'embed-offer': QUEUES.embedding,
  'embed-organization': QUEUES.embedding,
  'notify-suggestion': QUEUES.notifications,
  // Delayed to the end of the recipient's window.
  'email-suggestions': QUEUES.deadlines,
  'notify-proposal': QUEUES.notifications,
  // Not with notify-proposal: the jobs of one event share its id, and need a queue each.
  'schedule-proposal': QUEUES.deadlines,
  'remind-proposal': QUEUES.deadlines,
  'expire-proposal': QUEUES.deadlines,
  'notify-message': QUEUES.notifications,
  // Delayed to the end of their window.
  'email-messages': QUEUES.deadlines,
  'email-messages-daily': QUEUES.deadlines,
  'notify-engagement': QUEUES.notifications,
  'schedule-engagement': QUEUES.deadlines,
  'remind-engagement': QUEUES.deadlines,
  'send-email': QUEUES.notifications,
  'daily-digest': QUEUES.notifications,
};

/**
 * Jobs carry ids, never documents: handlers reload what they need. (BullMQ job ids may not
 * contain ':'.) `bulk`: the work comes of a bulk import; what it causes waits behind what people
 * wait for too.
 */
export type JobData = { id: string; bulk?: true };

/**
 * The one retry policy: by default 8 attempts with exponential backoff from 1 s (about 4
 * minutes in all); completed jobs are kept an hour (so a replayed job id is still recognised),
 * failed ones a week. JOB_ATTEMPTS and JOB_BACKOFF_MS tune it.
 */
export const retryPolicy = (env: Pick<Env, 'JOB_ATTEMPTS' | 'JOB_BACKOFF_MS'>): DefaultJobOptions => ({
  attempts: env.JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: env.JOB_BACKOFF_MS },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
});
