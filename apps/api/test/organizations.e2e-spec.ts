import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { User } from '@relais/database';
import { TestApi, type TestUser } from './support/test-api';

/** A letters-only marker, so that a directory search for it matches this test's organizations only. */
const marker = () =>
  randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 8)
    .padEnd(8, 'z');

/** A random SIREN: 8 random digits and the Luhn check digit. */
function randomSiren(): string {
  const body = Array.from({ length: 8 }, () => Math.floor(Math.random() * 10)).join('');
  for (let check = 0; check <= 9; check++) {
    const digits = `${body}${check}`;
    const sum = [...digits]
      .reverse()
      .map(Number)
      .map((d, i) => (i % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d))
      .reduce((a, b) => a + b, 0);
    if (sum % 10 === 0) return digits;
  }
  throw new Error('unreachable: one check digit always fits');
}

type Member = { userId: string; email: string; role: 'admin' | 'member' };
type Membership = { organizationId: string; organizationName: string; role: string };

describe('organizations and their members', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start({ worker: true });
  });
  afterAll(() => api.close());

  /** An organization with its admin and a plain member who accepted an invitation. */
  async function organizationWithMember() {
    const admin = await api.register('admin');
    const member = await api.register('member');
    const organization = await api.createOrganization(admin);
    await api.join(admin, organization.id, member);
    return { admin, member, organization };
  }

  const members = async (organizationId: string, as: TestUser): Promise<Member[]> =>
    (await api.call('GET', `/api/organizations/${organizationId}/members`, { token: as.token })).body;

  describe('verification by a platform admin', () => {
    async function platformAdmin() {
      const admin = await api.register('operator');
      await api.app.get(DataSource).getRepository(User).update({ id: admin.id }, { isPlatformAdmin: true });
      return admin;
    }

    it('an admin verifies an organization: its profile says so, without naming who; a rename ends it', async () => {
      const operator = await platformAdmin();
      const owner = await api.register('owner');
      const organization = await api.createOrganization(owner, { rna: `W${String(Date.now()).slice(-9)}` });
      expect((await api.call('GET', `/api/organizations/${organization.id}`)).body.verifiedAt).toBeNull();
      const unverified = await api.call('GET', '/api/admin/organizations?verified=false&pageSize=100', { token: operator.token });
      expect(unverified.body.items.map((o: { id: string }) => o.id)).toContain(organization.id);

      const verified = await api.call('POST', `/api/admin/organizations/${organization.id}/verification`, { token: operator.token });

      expect(verified.status).toBe(200);
      const profile = await api.call('GET', `/api/organizations/${organization.id}`);
      expect(profile.body.verifiedAt).toEqual(verified.body.verifiedAt);
      expect(JSON.stringify(profile.body)).not.toContain(operator.id);
      const again = await api.call('POST', `/api/admin/organizations/${organization.id}/verification`, { token: operator.token });
      expect(again.body.verifiedAt).toEqual(verified.body.verifiedAt);

      await api.call('PATCH', `/api/organizations/${organization.id}`, { token: owner.token, body: { description: 'Nouvelle présentation' } });
      expect((await api.call('GET', `/api/organizations/${organization.id}`)).body.verifiedAt).toEqual(verified.body.verifiedAt);
      await api.call('PATCH', `/api/organizations/${organization.id}`, { token: owner.token, body: { name: `Autre nom ${marker()}` } });
      expect((await api.call('GET', `/api/organizations/${organization.id}`)).body.verifiedAt).toBeNull();
    });

    it('only platform admins verify or list: members and others get 403, anonymous 401', async () => {
      const owner = await api.register('owner');
      const organization = await api.createOrganization(owner);

      expect((await api.call('POST', `/api/admin/organizations/${organization.id}/verification`, { token: owner.token })).status).toBe(403);
      expect((await api.call('GET', '/api/admin/organizations', { token: owner.token })).status).toBe(403);
      expect((await api.call('POST', `/api/admin/organizations/${organization.id}/verification`)).status).toBe(401);
      const operator = await platformAdmin();
      expect((await api.call('DELETE', `/api/admin/organizations/${randomUUID()}/verification`, { token: operator.token })).status).toBe(404);
      expect((await api.call('GET', `/api/organizations/${organization.id}`)).body.verifiedAt).toBeNull();
    });
  });

  describe('profile', () => {
    it('the creator becomes its admin and sees it among their memberships', async () => {
      const creator = await api.register('creator');
      const name = `Coopérative ${marker()}`;

      const created = await api.call('POST', '/api/organizations', {
        token: creator.token,
        body: { name, kind: 'association', country: 'sn', city: 'Ziguinchor' },
      });

      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ id: expect.any(String), name, kind: 'association', country: 'SN', generalInterest: false });
      expect(created.body.searchText).toBeUndefined();
      const me = await api.call('GET', '/api/me', { token: creator.token });
      expect(me.body.memberships).toEqual([{ organizationId: created.body.id, organizationName: name, role: 'admin' }]);
      expect(await members(created.body.id, creator)).toEqual([
        expect.objectContaining({ userId: creator.id, email: creator.email, role: 'admin' }),
      ]);
    });

    it('anyone reads the public profile without a token', async () => {
      const owner = await api.register('owner');
      const organization = await api.createOrganization(owner, { description: 'Puits et maraîchage', website: 'https://example.org' });

      const profile = await api.call('GET', `/api/organizations/${organization.id}`);

      expect(profile.status).toBe(200);
      expect(profile.body).toMatchObject({ id: organization.id, description: 'Puits et maraîchage', website: 'https://example.org' });
      expect(profile.body.searchText).toBeUndefined();
      expect((await api.call('GET', `/api/organizations/${randomUUID()}`)).status).toBe(404);
    });

    it('an admin updates the profile; a plain member gets 403 and an anonymous caller 401', async () => {
      const { admin, member, organization } = await organizationWithMember();

      const byAdmin = await api.call('PATCH', `/api/organizations/${organization.id}`, {
        token: admin.token,
        body: { description: 'Nous creusons des puits au Sahel.', generalInterest: true },
      });
      expect(byAdmin.status).toBe(200);
      expect(byAdmin.body).toMatchObject({ description: 'Nous creusons des puits au Sahel.', generalInterest: true });

      const byMember = await api.call('PATCH', `/api/organizations/${organization.id}`, {
        token: member.token,
        body: { description: 'Changed by a plain member' },
      });
      expect(byMember.status).toBe(403);
      expect(byMember.body.code).toBe('FORBIDDEN');

      const anonymous = await api.call('PATCH', `/api/organizations/${organization.id}`, { body: { description: 'Anonymous' } });
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('UNAUTHENTICATED');

      const profile = await api.call('GET', `/api/organizations/${organization.id}`);
      expect(profile.body.description).toBe('Nous creusons des puits au Sahel.');
    });

    it('a SIREN already used by another organization gets 409 IDENTIFIER_TAKEN naming siren', async () => {
      const first = await api.register('first');
      const second = await api.register('second');
      const siren = randomSiren();
      await api.createOrganization(first, { kind: 'company', siren });

      // Spaces are tolerated on input and do not make a different identifier.
      const spaced = `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`;
      const duplicate = await api.call('POST', '/api/organizations', {
        token: second.token,
        body: { name: `Doublon ${marker()}`, kind: 'company', country: 'FR', siren: spaced },
      });

      expect(duplicate.status).toBe(409);
      expect(duplicate.body).toMatchObject({ statusCode: 409, code: 'IDENTIFIER_TAKEN' });
      expect(duplicate.body.details).toEqual([{ path: 'siren', reason: expect.any(String) }]);
      const me = await api.call('GET', '/api/me', { token: second.token });
      expect(me.body.memberships).toEqual([]);
    });
  });

  describe('directory', () => {
    it('finds a name with "é" when "e" is typed, whatever the case', async () => {
      const owner = await api.register('owner');
      const tag = marker();
      const organization = await api.createOrganization(owner, { name: `Réseau Éducation ${tag}` });

      // The directory reads the search index, which the worker updates right after the write.
      // Organizations whose presentation speaks of education may follow, found by meaning: the name's words come first.
      const found = await api.eventually(async () => {
        const response = await api.call('GET', `/api/organizations?q=${encodeURIComponent(`reseau EDUCATION ${tag}`)}`);
        return response.body.items[0]?.id === organization.id && response;
      });

      expect(found.status).toBe(200);
      expect(found.body.items[0]).toMatchObject({ id: organization.id, name: `Réseau Éducation ${tag}` });
    });

    it('filters by kind and country and pages through the results', async () => {
      const owner = await api.register('owner');
      const tag = marker();
      const a = await api.createOrganization(owner, { name: `${tag} A`, kind: 'university', country: 'BJ' });
      const b = await api.createOrganization(owner, { name: `${tag} B`, kind: 'university', country: 'SN' });
      const c = await api.createOrganization(owner, { name: `${tag} C`, kind: 'local_authority', country: 'BJ' });
      const ids = (body: { items: { id: string }[] }) => body.items.map((o) => o.id).sort();
      await api.eventually(async () => (await api.call('GET', `/api/organizations?q=${tag}`)).body.total === 3);

      const universities = await api.call('GET', `/api/organizations?q=${tag}&kind=university`);
      expect(ids(universities.body)).toEqual([a.id, b.id].sort());
      const inBenin = await api.call('GET', `/api/organizations?q=${tag}&country=bj`);
      expect(ids(inBenin.body)).toEqual([a.id, c.id].sort());
      const both = await api.call('GET', `/api/organizations?q=${tag}&kind=local_authority&country=BJ`);
      expect(ids(both.body)).toEqual([c.id]);
      expect(both.body.facets).toBeDefined();

      const page1 = await api.call('GET', `/api/organizations?q=${tag}&pageSize=2&page=1`);
      expect(page1.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
      expect(page1.body.items).toHaveLength(2);
      const page2 = await api.call('GET', `/api/organizations?q=${tag}&pageSize=2&page=2`);
      expect(page2.body).toMatchObject({ page: 2, pageSize: 2, total: 3 });
      expect([...ids(page1.body), ...ids(page2.body)].sort()).toEqual([a.id, b.id, c.id].sort());
    });

    it('refuses 101 organizations per page', async () => {
      const response = await api.call('GET', '/api/organizations?pageSize=101');
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([{ path: 'pageSize', reason: expect.any(String) }]);
    });
  });

  describe('members', () => {
    it('nobody becomes a member without consent: there is no direct add, and an invitation waits for its acceptance', async () => {
      const admin = await api.register('admin');
      const person = await api.register('person');
      const organization = await api.createOrganization(admin);

      const direct = await api.call('POST', `/api/organizations/${organization.id}/members`, {
        token: admin.token,
        body: { email: person.email, role: 'admin' },
      });
      expect(direct.status).toBe(404);
      const invited = await api.call('POST', `/api/organizations/${organization.id}/invitations`, {
        token: admin.token,
        body: { email: person.email.toUpperCase(), role: 'admin' },
      });
      expect(invited.status).toBe(201);
      // The answer is the same whether the address has an account or not: it names no one.
      expect(Object.keys(invited.body).sort()).toEqual(['createdAt', 'email', 'expiresAt', 'id', 'role']);

      expect((await members(organization.id, admin)).map((m) => m.userId)).toEqual([admin.id]);
      expect((await api.call('GET', '/api/me', { token: person.token })).body.memberships).toEqual([]);
    });

    it("an admin changes a member's role", async () => {
      const { admin, member, organization } = await organizationWithMember();

      const promoted = await api.call('PATCH', `/api/organizations/${organization.id}/members/${member.id}`, {
        token: admin.token,
        body: { role: 'admin' },
      });

      expect(promoted.status).toBe(204);
      expect((await members(organization.id, admin)).find((m) => m.userId === member.id)?.role).toBe('admin');
      // Now that there are two admins, the first one may step down.
      const demoted = await api.call('PATCH', `/api/organizations/${organization.id}/members/${admin.id}`, {
        token: member.token,
        body: { role: 'member' },
      });
      expect(demoted.status).toBe(204);
      expect((await members(organization.id, member)).find((m) => m.userId === admin.id)?.role).toBe('member');
    });

    it('the last admin can neither leave nor be demoted', async () => {
      const { admin, organization } = await organizationWithMember();

      const leave = await api.call('POST', `/api/organizations/${organization.id}/leave`, { token: admin.token });
      expect(leave.status).toBe(409);
      expect(leave.body.code).toBe('LAST_ADMIN');

      const demote = await api.call('PATCH', `/api/organizations/${organization.id}/members/${admin.id}`, {
        token: admin.token,
        body: { role: 'member' },
      });
      expect(demote.status).toBe(409);
      expect(demote.body.code).toBe('LAST_ADMIN');

      const remove = await api.call('DELETE', `/api/organizations/${organization.id}/members/${admin.id}`, { token: admin.token });
      expect(remove.status).toBe(409);
      expect(remove.body.code).toBe('LAST_ADMIN');

      expect((await members(organization.id, admin)).find((m) => m.userId === admin.id)?.role).toBe('admin');
    });

    it('a member can leave', async () => {
      const { admin, member, organization } = await organizationWithMember();

      const leave = await api.call('POST', `/api/organizations/${organization.id}/leave`, { token: member.token });

      expect(leave.status).toBe(204);
      expect((await members(organization.id, admin)).map((m) => m.userId)).toEqual([admin.id]);
      const me = await api.call('GET', '/api/me', { token: member.token });
      expect(me.body.memberships.map((m: Membership) => m.organizationId)).not.toContain(organization.id);
    });

    it('an admin removes a member', async () => {
      const { admin, member, organization } = await organizationWithMember();

      const removed = await api.call('DELETE', `/api/organizations/${organization.id}/members/${member.id}`, { token: admin.token });

      expect(removed.status).toBe(204);
      expect((await members(organization.id, admin)).map((m) => m.userId)).toEqual([admin.id]);
      expect((await api.call('GET', `/api/organizations/${organization.id}/members`, { token: member.token })).status).toBe(403);
    });

    it('a plain member can neither invite nor remove members', async () => {
      const { admin, member, organization } = await organizationWithMember();
      const outsider = await api.register('outsider');

      const add = await api.call('POST', `/api/organizations/${organization.id}/invitations`, {
        token: member.token,
        body: { email: outsider.email },
      });
      expect(add.status).toBe(403);
      expect(add.body.code).toBe('FORBIDDEN');

      const remove = await api.call('DELETE', `/api/organizations/${organization.id}/members/${admin.id}`, { token: member.token });
      expect(remove.status).toBe(403);

      expect((await members(organization.id, admin)).map((m) => m.userId)).toEqual([admin.id, member.id]);
    });

    it('the members list is hidden from non-members', async () => {
      const { organization } = await organizationWithMember();
      const outsider = await api.register('outsider');

      const asOutsider = await api.call('GET', `/api/organizations/${organization.id}/members`, { token: outsider.token });
      expect(asOutsider.status).toBe(403);
      expect(asOutsider.body.code).toBe('FORBIDDEN');
      expect(asOutsider.body.details).toBeUndefined();
      expect((await api.call('GET', `/api/organizations/${organization.id}/members`)).status).toBe(401);
    });
  });
});
