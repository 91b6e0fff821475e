import { DataSource, In, IsNull } from 'typeorm';
import { EmailMessage, type QueuedEmail } from '@relais/database';
import { JOBS, type JobQueues } from '@relais/jobs';

/**
 * Stores rendered e-mails once each (their `dedupeKey` is unique: a replay stores nothing new)
 * and queues the sending of those not sent yet.
 */
export async function sendRendered(dataSource: DataSource, queues: JobQueues, emails: Array<Omit<QueuedEmail, 'redactAfterSend'>>): Promise<void> {
  if (emails.length === 0) return;
  await dataSource.createQueryBuilder().insert().into(EmailMessage).values(emails).orIgnore().execute();
  const unsent = await dataSource.getRepository(EmailMessage).find({ select: { id: true }, where: { dedupeKey: In(emails.map((e) => e.dedupeKey)), sentAt: IsNull() } });
  for (const email of unsent) await queues.add(JOBS.sendEmail, { id: email.id }, `email-${email.id}`);
}
