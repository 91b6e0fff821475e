import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EmailMessage } from '@relais/database';
import { JOBS, type JobData } from '@relais/jobs';
import { UnrecoverableError } from 'bullmq';
import { MailDeliveryError, Mailer } from '@relais/notifications';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';

const REDACTED = '(Removed once sent: this message held a one-time link.)';

/** What is kept of a message once sent: all of it, or no body when it held a one-time secret. */
const sentFields = (email: EmailMessage): Partial<EmailMessage> => ({
  sentAt: new Date(),
  ...(email.redactAfterSend ? { text: REDACTED, html: REDACTED } : {}),
});

/**
 * Sends one rendered e-mail, at least once: a worker killed between the server's acceptance and
 * the update below sends it again when the job runs again, with the same Message-ID. A temporary SMTP failure is rethrown so the queue retries later; a
 * permanent refusal (5xx: no such mailbox...) would be refused again, so it fails for good at
 * once and is recorded for operators.
 */
@Injectable()
export class SendEmailHandler implements JobHandler {
  readonly job = JOBS.sendEmail;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
  ) {}

  async handle({ id }: JobData): Promise<JobOutcome> {
    const emails = this.dataSource.getRepository(EmailMessage);
    const email = await emails.findOneBy({ id });
    if (!email) return 'skipped: e-mail gone';
    if (email.sentAt) return 'skipped: already sent';
    try {
      await this.mailer.send({ id: email.id, to: email.to, subject: email.subject, text: email.text, html: email.html });
    } catch (error) {
      if (error instanceof MailDeliveryError && error.permanent) throw new UnrecoverableError(error.message);
      throw error;
    }
    await emails.update({ id }, sentFields(email));
    return 'done';
  }
}
