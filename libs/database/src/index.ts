export * from './entities';
export { DatabaseModule } from './database.module';
export { dataSourceOptions } from './data-source-options';
export { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
export { addOutboxEvent, addOutboxEvents, queueEmail, type QueuedEmail } from './outbox';
export { expireOverdueProposals } from './proposal-expiry';
export { violatedConstraint } from './unique-violation';
export { seedSkills } from './seeds/seed-skills';
export { dropNotificationsAbout, eraseAccount, ERASED_NAME } from './personal-data';
