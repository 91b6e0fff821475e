import { createHash, randomUUID } from 'node:crypto';
import { DataSource, IsNull, Not } from 'typeorm';
import { EmailMessage, FailedJob, Invitation } from '@relais/database';
import { startSmtpSink, type ReceivedEmail, type SmtpSink } from '@relais/notifications';
import { withEnv } from './support/env';
import { TestApi, type TestUser } from './support/test-api';

const DAY_MS = 24 * 3600 * 1000;
const LINK = /http:\/\/relais\.test\/invitations\/([A-Za-z0-9_-]{43})/;

type Member = { userId: string; email: string; role: 'admin' | 'member' };

describe('invitations by e-mail', () => {
  let api: TestApi;
  let sink: SmtpSink;
  let restoreEnv: () => void;
  let db: DataSource;

  beforeAll(async () => {
    sink = await startSmtpSink({ port: 0 });
    restoreEnv = withEnv({ SMTP_URL: `smtp://127.0.0.1:${sink.port}`, JOB_ATTEMPTS: '3', JOB_BACKOFF_MS: '50' });
    api = await TestApi.start({ worker: true });
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api.close();
    await sink.stop();
    restoreEnv();
  });

  const newAddress = (name = 'invitee') => `${name}-${randomUUID().slice(0, 8)}@example.org`;

  async function organizationWithAdmin(name = `Bâtisseurs de Puits ${randomUUID().slice(0, 6)}`) {
    const admin = await api.register('claire', { displayName: 'Claire Le Goff' });
    const organization = await api.createOrganization(admin, { name });
    return { admin, organization: { id: organization.id, name } };
  }

  const invite = (organizationId: string, as: TestUser, body: Record<string, unknown>) =>
    api.call('POST', `/api/organizations/${organizationId}/invitations`, { token: as.token, body });

  const pending = async (organizationId: string, as: TestUser) =>
    (await api.call('GET', `/api/organizations/${organizationId}/invitations`, { token: as.token })).body.items as Array<{ id: string; email: string }>;

  const members = async (organizationId: string, as: TestUser): Promise<Member[]> =>
    (await api.call('GET', `/api/organizations/${organizationId}/members`, { token: as.token })).body;

  /**
   * The e-mails the address received, once there are `count` of them. The worker first relays
   * what earlier suites left in the outbox: on a busy machine that takes more than 10 s.
   */
  const emailsTo = (address: string, count = 1) =>
    api.eventually(async () => {
      const received = sink.received.filter((email) => email.to.includes(address));
      return received.length >= count && received;
    }, 30_000);

  const tokenIn = (email: ReceivedEmail) => {
    const match = LINK.exec(email.text);
    if (!match) throw new Error(`no invitation link in: ${email.text}`);
    return match[1];
  };

  /** An invitation sent to a new address, and the token its e-mail brought. */
  async function invitedAddress(role?: 'admin' | 'member') {
    const { admin, organization } = await organizationWithAdmin();
    const address = newAddress();
    const response = await invite(organization.id, admin, role ? { email: address, role } : { email: address });
    expect(response.status).toBe(201);
    const [email] = await emailsTo(address);
    return { admin, organization, address, invitationId: response.body.id as string, token: tokenIn(email) };
  }

  it('invites an address with no account; the e-mail brings the link; once registered with it, the person accepts and is a member', async () => {
    const { admin, organization } = await organizationWithAdmin();
    const address = newAddress();

    const invited = await invite(organization.id, admin, { email: address.toUpperCase() });

    expect(invited.status).toBe(201);
    expect(invited.body).toEqual({ id: expect.any(String), email: address, role: 'member', expiresAt: expect.any(String), createdAt: expect.any(String) });
    expect(Math.abs(new Date(invited.body.expiresAt).getTime() - (Date.now() + 14 * DAY_MS))).toBeLessThan(60_000);

    const [email] = await emailsTo(address);
    expect(email.subject).toBe(
      `Claire Le Goff vous invite à rejoindre ${organization.name} sur Relais / Claire Le Goff invites you to join ${organization.name} on Relais`,
    );
    const token = tokenIn(email);
    expect(email.html).toContain(`href="http://relais.test/invitations/${token}"`);
    expect(email.text).toContain('Cette invitation expire le');
    expect(email.text).toContain('This invitation expires on');
    expect(JSON.stringify(invited.body)).not.toContain(token);

    // Only the token's hash is kept; the sent message's body is blanked, link included.
    const row = await db.getRepository(Invitation).findOneByOrFail({ id: invited.body.id });
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    const stored = await api.eventually(() => db.getRepository(EmailMessage).findOneBy({ to: address, sentAt: Not(IsNull()) }));
    expect(`${stored.text}${stored.html}`).not.toContain(token);

    const shown = await api.call('GET', `/api/invitations/${token}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual({ organization, email: address, role: 'member', expiresAt: invited.body.expiresAt, status: 'pending' });
    expect((await pending(organization.id, admin)).map((i) => i.id)).toEqual([invited.body.id]);

    const invitee = await api.register('invitee', { email: address });
    const accepted = await api.call('POST', `/api/invitations/${token}/accept`, { token: invitee.token });

    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ organizationId: organization.id, role: 'member' });
    expect(await members(organization.id, admin)).toEqual([
      expect.objectContaining({ userId: admin.id, role: 'admin' }),
      expect.objectContaining({ userId: invitee.id, email: address, role: 'member' }),
    ]);
    expect((await api.call('GET', `/api/invitations/${token}`)).body.status).toBe('accepted');
    expect(await pending(organization.id, admin)).toEqual([]);
    const again = await api.call('POST', `/api/invitations/${token}/accept`, { token: invitee.token });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('INVITATION_USED');
  });

  it('an invitation as admin makes an admin', async () => {
    const { admin, organization, address, token } = await invitedAddress('admin');
    const invitee = await api.register('invitee', { email: address });

    const accepted = await api.call('POST', `/api/invitations/${token}/accept`, { token: invitee.token });

    expect(accepted.body).toEqual({ organizationId: organization.id, role: 'admin' });
    expect((await members(organization.id, admin)).find((m) => m.userId === invitee.id)?.role).toBe('admin');
  });

  it('inviting the address again renews the pending invitation: the same invitation, a new link, and the old link stops working', async () => {
    const { admin, organization, address, invitationId, token: first } = await invitedAddress();

    const renewed = await invite(organization.id, admin, { email: address, role: 'admin' });

    expect(renewed.status).toBe(201);
    expect(renewed.body).toMatchObject({ id: invitationId, email: address, role: 'admin' });
    const emails = await emailsTo(address, 2);
    const second = tokenIn(emails[1]);
    expect(second).not.toBe(first);
    expect((await api.call('GET', `/api/invitations/${first}`)).status).toBe(404);
    expect((await api.call('GET', `/api/invitations/${second}`)).body).toMatchObject({ role: 'admin', status: 'pending' });
    expect((await pending(organization.id, admin)).map((i) => i.id)).toEqual([invitationId]);
  });

  it('answers alike whether the address has an account or not', async () => {
    const { admin, organization } = await organizationWithAdmin();
    const registered = await api.register('registered');

    const withAccount = await invite(organization.id, admin, { email: registered.email });
    const withoutAccount = await invite(organization.id, admin, { email: newAddress() });

    expect(withAccount.status).toBe(withoutAccount.status);
    expect(Object.keys(withAccount.body).sort()).toEqual(Object.keys(withoutAccount.body).sort());
    await emailsTo(registered.email);
  });

  it('inviting someone already a member gets 409 ALREADY_MEMBER naming email', async () => {
    const { admin, organization } = await organizationWithAdmin();

    const response = await invite(organization.id, admin, { email: admin.email });

    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      statusCode: 409,
      code: 'ALREADY_MEMBER',
      message: expect.any(String),
      details: [{ path: 'email', reason: 'is already a member' }],
    });
    expect(await pending(organization.id, admin)).toEqual([]);
  });

  it('a plain member can neither invite, nor list, nor revoke (403); an anonymous caller gets 401', async () => {
    const { admin, organization, invitationId } = await invitedAddress();
    const member = await api.register('member');
    await api.join(admin, organization.id, member);

    const byMember = await invite(organization.id, member, { email: newAddress() });
    expect(byMember.status).toBe(403);
    expect(byMember.body.code).toBe('FORBIDDEN');
    expect((await api.call('GET', `/api/organizations/${organization.id}/invitations`, { token: member.token })).status).toBe(403);
    expect((await api.call('DELETE', `/api/organizations/${organization.id}/invitations/${invitationId}`, { token: member.token })).status).toBe(403);
    expect((await api.call('POST', `/api/organizations/${organization.id}/invitations`, { body: { email: newAddress() } })).status).toBe(401);
    expect((await pending(organization.id, admin)).map((i) => i.id)).toEqual([invitationId]);
  });

  it('refuses a bad address with 400 naming email', async () => {
    const { admin, organization } = await organizationWithAdmin();

    const response = await invite(organization.id, admin, { email: 'not an address', role: 'owner' });

    expect(response.status).toBe(400);
    expect(response.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['email', 'role']);
  });

  it('another signed-in person cannot accept: 403 INVITATION_FOR_ANOTHER_EMAIL, and the invitation stays pending', async () => {
    const { admin, organization, token } = await invitedAddress();
    const someoneElse = await api.register('someone');

    const response = await api.call('POST', `/api/invitations/${token}/accept`, { token: someoneElse.token });

    expect(response.status).toBe(403);
    expect(response.body.code).toBe('INVITATION_FOR_ANOTHER_EMAIL');
    expect(response.body.message).toMatch(/another e-mail address.*sign in/i);
    expect((await members(organization.id, admin)).map((m) => m.userId)).toEqual([admin.id]);
    expect((await api.call('GET', `/api/invitations/${token}`)).body.status).toBe('pending');
    expect((await api.call('POST', `/api/invitations/${token}/accept`)).status).toBe(401);
  });

  it('an expired invitation gives 410 INVITATION_EXPIRED and leaves the pending list', async () => {
    const { admin, organization, address, invitationId, token } = await invitedAddress();
    await db.getRepository(Invitation).update({ id: invitationId }, { expiresAt: new Date(Date.now() - 1000) });
    const invitee = await api.register('invitee', { email: address });

    const response = await api.call('POST', `/api/invitations/${token}/accept`, { token: invitee.token });

    expect(response.status).toBe(410);
    expect(response.body.code).toBe('INVITATION_EXPIRED');
    expect((await api.call('GET', `/api/invitations/${token}`)).body.status).toBe('expired');
    expect(await pending(organization.id, admin)).toEqual([]);
    expect((await members(organization.id, admin)).map((m) => m.userId)).toEqual([admin.id]);
  });

  it('a revoked invitation shows as revoked and gives 410 INVITATION_USED', async () => {
    const { admin, organization, address, invitationId, token } = await invitedAddress();

    const revoked = await api.call('DELETE', `/api/organizations/${organization.id}/invitations/${invitationId}`, { token: admin.token });

    expect(revoked.status).toBe(204);
    expect(await pending(organization.id, admin)).toEqual([]);
    expect((await api.call('GET', `/api/invitations/${token}`)).body.status).toBe('revoked');
    const invitee = await api.register('invitee', { email: address });
    const response = await api.call('POST', `/api/invitations/${token}/accept`, { token: invitee.token });
    expect(response.status).toBe(410);
    expect(response.body.code).toBe('INVITATION_USED');
    expect((await members(organization.id, admin)).map((m) => m.userId)).toEqual([admin.id]);
    const other = await organizationWithAdmin();
    expect((await api.call('DELETE', `/api/organizations/${other.organization.id}/invitations/${invitationId}`, { token: other.admin.token })).status).toBe(404);
  });

  it('two acceptances at once make one membership', async () => {
    const { admin, organization, address, token } = await invitedAddress();
    const invitee = await api.register('invitee', { email: address });

    const answers = await Promise.all([1, 2].map(() => api.call('POST', `/api/invitations/${token}/accept`, { token: invitee.token })));

    expect(answers.map((a) => a.status).sort()).toEqual([200, 410]);
    expect((await members(organization.id, admin)).filter((m) => m.userId === invitee.id)).toHaveLength(1);
  });

  it('an unknown link gets 404', async () => {
    const signedIn = await api.register('curious');
    const unknown = 'A'.repeat(43);

    expect((await api.call('GET', `/api/invitations/${unknown}`)).status).toBe(404);
    expect((await api.call('POST', `/api/invitations/${unknown}/accept`, { token: signedIn.token })).status).toBe(404);
  });

  it('a permanent refusal of the SMTP server (550) is recorded at once, not tried again', async () => {
    const { admin, organization } = await organizationWithAdmin();
    const address = newAddress('gone');
    await emailsTo(admin.email); // the admin's own confirmation e-mail, out of the way of the refusal
    sink.failNext(1, 550);
    expect((await invite(organization.id, admin, { email: address })).status).toBe(201);
    const message = await api.eventually(() => db.getRepository(EmailMessage).findOneBy({ to: address }));
    const failed = await api.eventually(async () =>
      (await db.getRepository(FailedJob).findBy({ jobName: 'send-email' })).find((job) => job.data.id === message.id),
    );
    expect(failed).toMatchObject({ jobName: 'send-email', attempts: 1 });
    expect(failed.error).toContain('Mailbox unavailable');
    // No second try reached the server: the next message goes through, and none went to that address.
    const later = newAddress('later');
    await invite(organization.id, admin, { email: later });
    await emailsTo(later);
    expect(sink.received.filter((email) => email.to.includes(address))).toEqual([]);
    expect((await db.getRepository(EmailMessage).findOneByOrFail({ id: message.id })).sentAt).toBeNull();
  });
});
