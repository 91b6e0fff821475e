import { appendFile, mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';

export interface SmtpSinkOptions {
  /** 0 picks a free port (read it back from `sink.port`). */
  port: number;
  host?: string;
  /** Appends every accepted message to this file, for a person running the product locally. */
  logFile?: string;
}

export interface ReceivedEmail {
  /** The address of the From header, e.g. "no-reply@relais.local". */
  from: string;
  /** Envelope recipients (RCPT TO), which include Bcc. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  receivedAt: Date;
}

export interface SmtpSink {
  readonly port: number;
  readonly host: string;
  /** Every accepted message, oldest first. */
  readonly received: ReceivedEmail[];
  /**
   * Refuses the next `count` messages with `451` (a temporary failure, the kind a job retries),
   * or with another code: `550` is a permanent refusal (no such mailbox).
   */
  failNext(count: number, responseCode?: 451 | 550): void;
  /** Refuses every message with `451` until switched off. */
  setRefusing(refusing: boolean): void;
  /** Resolves with `received` once it holds at least `count` messages; rejects after `timeoutMs`. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedEmail[]>;
  /** Empties `received`. */
  clear(): void;
  stop(): Promise<void>;
}

type SinkDependencies = { SMTPServer: typeof SMTPServer; simpleParser: typeof import('mailparser').simpleParser };

/**
 * smtp-server and mailparser are devDependencies: the production image prunes them, and the
 * apps import this lib for the Mailer. Loading them only when a sink starts keeps that working.
 */
function loadSinkDependencies(): SinkDependencies {
  const { SMTPServer: Server } = require('smtp-server') as typeof import('smtp-server');
  const { simpleParser } = require('mailparser') as typeof import('mailparser');
  return { SMTPServer: Server, simpleParser };
}

function refusal(responseCode: number): Error {
  const text = responseCode >= 500 ? 'Mailbox unavailable: the sink refuses this message for good' : 'Requested action aborted: the sink is refusing messages';
  return Object.assign(new Error(text), { responseCode });
}

function logEntry(email: ReceivedEmail): string {
  return [
    `===== ${email.receivedAt.toISOString()} ${email.messageId}`,
    `From: ${email.from}`,
    `To: ${email.to.join(', ')}`,
    `Subject: ${email.subject}`,
    '',
    email.text.trimEnd(),
    '',
    '',
  ].join('\n');
}

/** A local SMTP server (no auth, no TLS) that accepts everything and keeps what it receives. */
export async function startSmtpSink(options: SmtpSinkOptions): Promise<SmtpSink> {
  const { SMTPServer: Server, simpleParser } = loadSinkDependencies();
  const host = options.host ?? '127.0.0.1';
  const received: ReceivedEmail[] = [];
  const waiters = new Set<() => void>();
  let refusing = false;
  let refuseCount = 0;
  let refuseCode = 451;

  if (options.logFile) await mkdir(path.dirname(options.logFile), { recursive: true });

  async function accept(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    // Read the whole message before answering, even when refusing: the client is still sending it.
    const parsed = await simpleParser(stream);
    if (refusing || refuseCount > 0) {
      const code = refuseCount > 0 ? refuseCode : 451;
      refuseCount = Math.max(0, refuseCount - 1);
      throw refusal(code);
    }
    const email: ReceivedEmail = {
      from: parsed.from?.value[0]?.address ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : ''),
      to: session.envelope.rcptTo.map((recipient) => recipient.address),
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: parsed.html || '',
      messageId: parsed.messageId ?? '',
      receivedAt: new Date(),
    };
    if (options.logFile) await appendFile(options.logFile, logEntry(email), 'utf8');
    received.push(email);
    for (const wake of waiters) wake();
  }

  const server = new Server({
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      accept(stream, session).then(
        () => callback(),
        (error: Error) => callback(error),
      );
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Keep a late socket error from crashing the process that hosts the sink.
  server.on('error', () => undefined);
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    host,
    received,
    failNext(count, responseCode = 451) {
      refuseCount = count;
      refuseCode = responseCode;
    },
    setRefusing(value) {
      refusing = value;
    },
    waitForMessages(count, timeoutMs = 10_000) {
      if (received.length >= count) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const wake = () => {
          if (received.length < count) return;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(received);
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`SMTP sink: ${received.length} of ${count} message(s) after ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(wake);
      });
    },
    clear() {
      received.length = 0;
    },
    stop() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
