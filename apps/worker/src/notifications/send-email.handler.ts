import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EmailMessage } from '@relais/database';
import { JOBS, type JobData } from '@relais/jobs';
import { Mailer } from '@relais/notifications';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';

const REDACTED = '(Removed once sent: this message held a one-time link.)';

/** What is kept of a message once sent: all of it, or no body when it held a one-time secret. */
const sentFields = (email: EmailMessage): Partial<EmailMessage> => ({
  sentAt: new Date(),
  ...(email.redactAfterSend ? { text: REDACTED, html: REDACTED } : {}),
});

/** Sends one rendered e-mail; an SMTP failure is rethrown so the queue retries later. */
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
    await this.mailer.send({ to: email.to, subject: email.subject, text: email.text, html: email.html });
    await emails.update({ id }, sentFields(email));
    return 'done';
  }
}
