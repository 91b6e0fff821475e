import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@relais/domain';
import { Field } from '../../../components/Field';
import { fieldError, FormProblem } from '../../../components/FormProblem';
import { QueryState } from '../../../components/QueryState';
import { RequireMember } from '../../../components/RequireMember';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { Invitation, Member } from '../../../lib/api/types';
import { formatDate } from '../../../lib/format';
import { useMe } from '../../../lib/session';
import { useOrganization } from '../api';

export default function MembersPage() {
  const { t } = useTranslation('organizations');
  const { id = '' } = useParams();
  const organization = useOrganization(id);
  const me = useMe();
  usePageTitle(t('members.title'));
  const isAdmin = !!me.data?.memberships.some((m) => m.organizationId === id && m.role === 'admin');
  return (
    <RequireMember organizationId={id}>
      <p className="meta">
        <Link to={`/organizations/${id}/dashboard`}>{organization.data?.name ?? '…'}</Link>
      </p>
      <h1>{t('members.title')}</h1>
      <MemberTable organizationId={id} isAdmin={isAdmin} myId={me.data?.id ?? ''} />
      {isAdmin && (
        <>
          <InviteForm organizationId={id} />
          <PendingInvitations organizationId={id} />
        </>
      )}
    </RequireMember>
  );
}

function MemberTable({ organizationId, isAdmin, myId }: { organizationId: string; isAdmin: boolean; myId: string }) {
  const { t } = useTranslation('organizations');
  const client = useQueryClient();
  const key = ['organizations', organizationId, 'members'];
  const members = useQuery({ queryKey: key, queryFn: () => api<Member[]>(`/organizations/${organizationId}/members`) });
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: key }), client.invalidateQueries({ queryKey: ['me'] })]);
  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: MembershipRole }) =>
      api(`/organizations/${organizationId}/members/${userId}`, { method: 'PATCH', body: { role } }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (userId: string) => api(`/organizations/${organizationId}/members/${userId}`, { method: 'DELETE' }),
    onSettled: refresh,
  });
  return (
    <>
      <FormProblem error={changeRole.error ?? remove.error} />
      <QueryState query={members}>
        {(rows) => (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('members.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('members.name')}</th>
                  <th scope="col" className="wide-only">{t('members.email')}</th>
                  <th scope="col">{t('members.role')}</th>
                  <th scope="col" className="wide-only">{t('members.since')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('members.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((m) => (
                  <tr key={m.userId}>
                    <td>
                      {m.displayName}
                      {/* On a phone the e-mail column is folded into this one. */}
                      <span className="meta narrow-only">{m.email}</span>
                    </td>
                    <td className="wide-only">{m.email}</td>
                    <td>
                      {isAdmin ? (
                        <select
                          aria-label={t('members.roleOf', { name: m.displayName })}
                          value={m.role}
                          disabled={changeRole.isPending}
                          onChange={(e) => changeRole.mutate({ userId: m.userId, role: e.target.value as MembershipRole })}
                        >
                          {MEMBERSHIP_ROLES.map((role) => (
                            <option key={role} value={role}>
                              {t(`vocab.role.${role}`, { ns: 'common' })}
                            </option>
                          ))}
                        </select>
                      ) : (
                        t(`vocab.role.${m.role}`, { ns: 'common' })
                      )}
                    </td>
                    <td className="wide-only">{formatDate(m.since)}</td>
                    <td>
                      {(isAdmin || m.userId === myId) && (
                        <button type="button" className="link-button" disabled={remove.isPending} onClick={() => remove.mutate(m.userId)}>
                          {m.userId === myId ? t('members.leave') : t('members.remove', { name: m.displayName })}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </>
  );
}

function InviteForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('organizations');
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>('member');
  const invite = useMutation({
    mutationFn: () => api<Invitation>(`/organizations/${organizationId}/invitations`, { method: 'POST', body: { email, role } }),
    onSuccess: async () => {
      setEmail('');
      await client.invalidateQueries({ queryKey: ['organizations', organizationId, 'invitations'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate();
  };
  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t('invite.title')}</h2>
      <p>{t('invite.intro')}</p>
      <form className="inline-form" onSubmit={submit} noValidate>
        <Field label={t('invite.email')} error={fieldError(invite.error, 'email')} required>
          {(c) => <input {...c} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t('members.role')}>
          {(c) => (
            <select {...c} value={role} onChange={(e) => setRole(e.target.value as MembershipRole)}>
              {MEMBERSHIP_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`vocab.role.${r}`, { ns: 'common' })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button" disabled={invite.isPending}>
          {t('invite.submit')}
        </button>
      </form>
      <FormProblem error={invite.error} />
      <p aria-live="polite" className="meta">
        {invite.isSuccess ? t('invite.sent', { email: invite.data.email }) : ''}
      </p>
    </section>
  );
}

function PendingInvitations({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('organizations');
  const client = useQueryClient();
  const key = ['organizations', organizationId, 'invitations'];
  const invitations = useQuery({ queryKey: key, queryFn: () => api<{ items: Invitation[] }>(`/organizations/${organizationId}/invitations`) });
  const revoke = useMutation({
    mutationFn: (invitationId: string) => api(`/organizations/${organizationId}/invitations/${invitationId}`, { method: 'DELETE' }),
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
  return (
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">{t('invite.pending')}</h2>
      <FormProblem error={revoke.error} />
      <QueryState query={invitations} isEmpty={(data) => data.items.length === 0} empty={t('invite.none')}>
        {(data) => (
          <ul className="cards">
            {data.items.map((invitation) => (
              <li key={invitation.id} className="card">
                {invitation.email} · {t(`vocab.role.${invitation.role}`, { ns: 'common' })} ·{' '}
                <span className="meta">{t('invite.expires', { date: formatDate(invitation.expiresAt) })}</span>{' '}
                <button type="button" className="link-button" onClick={() => revoke.mutate(invitation.id)}>
                  {t('invite.revoke', { email: invitation.email })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
