import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Test } from '@nestjs/testing';
import { ConfigModule, ENV, loadEnv } from '@relais/config';
import { MailDeliveryError, Mailer, NotificationsModule, renderSuggestionEmail, startSmtpSink, type SmtpSink } from '@relais/notifications';

const FROM = 'Relais <no-reply@relais.test>';

const email = () =>
  renderSuggestionEmail(
    {
      recipientName: 'Awa',
      side: 'need',
      ownTitle: 'Comptabilité de la coopérative',
      otherTitle: 'Comptable trois semaines',
      otherOrganizationName: 'Numerica',
      score: 0.87,
      reasons: [{ factor: 'skills', text: { fr: 'Compétences couvertes : comptabilité', en: 'Skills covered: accounting' } }],
      link: 'http://localhost:3000/suggestions/1',
      preferencesLink: 'http://localhost:3000/settings/notifications',
    },
    'fr',
  );

/** A TCP port that nothing listens on: bind a free one, then let it go. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function elapsed(promise: Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const startedAt = Date.now();
  try {
    await promise;
    return { ms: Date.now() - startedAt, error: undefined };
  } catch (error) {
    return { ms: Date.now() - startedAt, error };
  }
}

describe('Mailer against a real SMTP server', () => {
  let sink: SmtpSink;
  let logDir: string;
  let mailer: Mailer;

  beforeAll(async () => {
    logDir = await mkdtemp(path.join(os.tmpdir(), 'relais-mail-'));
    sink = await startSmtpSink({ port: 0, logFile: path.join(logDir, 'mail.log') });
    mailer = new Mailer({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: FROM });
  });
  afterAll(async () => {
    mailer.onModuleDestroy();
    await sink.stop();
    await rm(logDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    sink.clear();
    sink.setRefusing(false);
    sink.failNext(0);
  });

  it('a stored message keeps one Message-ID, from its id and the sender’s domain, however many times it is sent', async () => {
    const id = '0b1e5c2a-3d4f-4a6b-8c9d-0e1f2a3b4c5d';
    await mailer.send({ id, to: 'awa@salines.test', ...email() });
    await mailer.send({ id, to: 'awa@salines.test', ...email() });

    expect(sink.received.map((received) => received.messageId)).toEqual([`<${id}@relais.test>`, `<${id}@relais.test>`]);
  });

  it('delivers one message with the rendered subject, text and HTML', async () => {
    const rendered = email();

    const result = await mailer.send({ to: 'awa@salines.test', ...rendered });

    expect(result.messageId).toMatch(/^<.+@.+>$/);
    expect(sink.received).toHaveLength(1);
    const [received] = sink.received;
    expect(received).toMatchObject({ from: 'no-reply@relais.test', to: ['awa@salines.test'], subject: rendered.subject, messageId: result.messageId });
    expect(received.subject).toBe('Une nouvelle suggestion pour votre besoin «\u00a0Comptabilité de la coopérative\u00a0»');
    expect(received.text.trim()).toBe(rendered.text.trim());
    expect(received.html).toContain('href="http://localhost:3000/suggestions/1"');
    const log = await readFile(path.join(logDir, 'mail.log'), 'utf8');
    expect(log).toContain(`Subject: ${rendered.subject}`);
    expect(log).toContain('Voir la suggestion\u00a0: http://localhost:3000/suggestions/1');
  });

  it('rejects while the server refuses, and delivers once it accepts again', async () => {
    sink.setRefusing(true);

    const refused = mailer.send({ to: 'awa@salines.test', ...email() });
    await expect(refused).rejects.toBeInstanceOf(MailDeliveryError);
    await expect(refused).rejects.toMatchObject({ responseCode: 451, permanent: false });
    expect(sink.received).toHaveLength(0);

    sink.setRefusing(false);
    await mailer.send({ to: 'awa@salines.test', ...email() });
    expect(sink.received).toHaveLength(1);
  });

  it('refuses exactly the next n messages with failNext', async () => {
    sink.failNext(2);
    const outcomes = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      outcomes.push(await elapsed(mailer.send({ to: 'awa@salines.test', ...email() })));
    }

    expect(outcomes.map((o) => o.error !== undefined)).toEqual([true, true, false]);
    expect(sink.received).toHaveLength(1);
  });

  it('rejects within a few seconds when nothing listens on the port', async () => {
    const unreachable = new Mailer({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}`, from: FROM });

    const { ms, error } = await elapsed(unreachable.send({ to: 'awa@salines.test', ...email() }));

    expect(error).toBeInstanceOf(MailDeliveryError);
    expect(error).toMatchObject({ message: expect.stringContaining('ECONNREFUSED') });
    expect(ms).toBeLessThan(5_000);
    unreachable.onModuleDestroy();
  });

  it('rejects within a few seconds when the server accepts the connection but never greets', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const mute = new Mailer({ smtpUrl: `smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`, from: FROM });

    const { ms, error } = await elapsed(mute.send({ to: 'awa@salines.test', ...email() }));

    expect(error).toBeInstanceOf(MailDeliveryError);
    expect(ms).toBeLessThan(8_000);
    mute.onModuleDestroy();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  }, 15_000);

  it('is provided by NotificationsModule from SMTP_URL and MAIL_FROM', async () => {
    const env = loadEnv({ ...process.env, SMTP_URL: `smtp://127.0.0.1:${sink.port}`, MAIL_FROM: 'Relais Test <robot@relais.test>' });
    const moduleRef = await Test.createTestingModule({ imports: [ConfigModule, NotificationsModule] })
      .overrideProvider(ENV)
      .useValue(env)
      .compile();

    await moduleRef.get(Mailer).send({ to: 'claire@batisseurs.test', ...email() });
    await moduleRef.close();

    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]).toMatchObject({ from: 'robot@relais.test', to: ['claire@batisseurs.test'] });
  });
});
