/**
 * A failed job run again (by the worker's reconciler, or by an operator) gets the first job's
 * id with `-retry-<n>` or `-replay-<n>` after it, so that its own failure updates the first one's record.
 */
export const againJobId = (jobId: string, kind: 'retry' | 'replay', n: number) => `${firstJobId(jobId)}-${kind}-${n}`;

export const firstJobId = (jobId: string) => jobId.replace(/-(retry|replay)-\d+$/, '');
