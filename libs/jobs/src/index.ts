export { BACKGROUND_JOBS, jobsForEvent } from './events-to-jobs';
export { JobQueues, JobQueuesModule } from './job-queues';
export { JOBS, QUEUE_OF, QUEUES, retryPolicy, type JobData, type JobName, type QueueName } from './queues';
export { redisConnection } from './redis-connection';
export { hasRedisServer, REDIS_INSTALL_HELP, redisAnswers, startLocalRedis } from './local-redis';
export { againJobId, firstJobId } from './job-ids';
export { QUERY_EMBEDDING_QUEUE, QueryVectors, QueryVectorsModule, type QueryEmbeddingRequest } from './query-vectors';
