import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport } from 'nodemailer';

export interface MailerOptions {
  /** smtp://host:port or smtps://user:pass@host:port (SMTP_URL) */
  smtpUrl: string;
  /** "Relais <no-reply@relais.local>" (MAIL_FROM) */
  from: string;
  /**
   * Upper bound, in ms, for connecting, for the greeting and for DNS, and a quarter of the
   * idle-socket limit. Small so a dead server fails the job fast and the queue retries it.
   */
  timeoutMs?: number;
}

/** A message already rendered (see renderSuggestionEmail / renderDigestEmail). */
export interface OutgoingEmail {
  /**
   * The stored message's id: it becomes the Message-ID, the same on every try, so that a message
   * sent twice (a worker killed between the server's acceptance and the record of it) is one
   * message to the mail servers and clients that drop duplicates by Message-ID.
   */
  id?: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface SentEmail {
  messageId: string;
  /** The server's final reply, e.g. "250 OK: message queued". */
  response: string;
}

const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * Why a send failed, with nodemailer's code (ECONNECTION, ESOCKET, ETIMEDOUT, EMESSAGE...) and
 * the server's reply code when it answered. `permanent` (5xx) tells the job that a retry of the
 * same message will not help; anything else (4xx, network, timeout) is worth retrying.
 */
export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';

  constructor(
    message: string,
    readonly code: string | undefined,
    readonly responseCode: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get permanent(): boolean {
    return this.responseCode !== undefined && this.responseCode >= 500 && this.responseCode < 600;
  }

  static from(error: unknown): MailDeliveryError {
    if (error instanceof MailDeliveryError) return error;
    const details = (typeof error === 'object' && error !== null ? error : {}) as { message?: unknown; code?: unknown; responseCode?: unknown };
    return new MailDeliveryError(
      `SMTP delivery failed: ${typeof details.message === 'string' ? details.message : String(error)}`,
      typeof details.code === 'string' ? details.code : undefined,
      typeof details.responseCode === 'number' ? details.responseCode : undefined,
      { cause: error },
    );
  }
}

/** Sends rendered e-mails over SMTP. One connection per message: volumes are small and a retry starts clean. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: ReturnType<typeof createTransport>;

  /** The domain of MAIL_FROM's address, for Message-IDs. */
  private readonly domain: string;

  constructor(private readonly options: MailerOptions) {
    this.domain = /@([^>\s]+)>?\s*$/.exec(options.from)?.[1] ?? 'relais.local';
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.transport = createTransport({
      url: options.smtpUrl,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      dnsTimeout: timeout,
      socketTimeout: timeout * 4,
    });
  }

  /**
   * Resolves once the server accepted the message; rejects with a MailDeliveryError (for the job
   * to retry) when the server refuses it, cannot be reached or does not answer in time.
   */
  async send(email: OutgoingEmail): Promise<SentEmail> {
    const startedAt = Date.now();
    const info = await this.transport
      .sendMail({
        from: this.options.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        ...(email.id ? { messageId: `<${email.id}@${this.domain}>` } : {}),
      })
      .catch((error: unknown) => {
        throw MailDeliveryError.from(error);
      });
    // With one recipient nodemailer already rejects on refusal; this guards a partial acceptance.
    if (info.rejected.length > 0) {
      throw new MailDeliveryError(`SMTP server refused ${info.rejected.length} recipient(s): ${info.response}`, 'EENVELOPE', undefined);
    }
    // No address in the log: it is personal data.
    this.logger.debug(`sent ${info.messageId} in ${Date.now() - startedAt} ms`);
    return { messageId: info.messageId, response: info.response };
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
