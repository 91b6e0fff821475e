import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { QueryState } from '../../../components/QueryState';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { InvitationView } from '../../../lib/api/types';
import { formatDate } from '../../../lib/format';
import { ME_KEY, useMe } from '../../../lib/session';

/** Where the invitation e-mail leads: sign up (or in) with the invited address, then join. */
export default function InvitationPage() {
  const { t } = useTranslation('organizations');
  usePageTitle(t('invitation.title'));
  const { token = '' } = useParams();
  const invitation = useQuery({ queryKey: ['invitations', token], queryFn: () => api<InvitationView>(`/invitations/${token}`) });
  return (
    <>
      <h1>{t('invitation.title')}</h1>
      <QueryState query={invitation}>{(data) => <InvitationBody token={token} invitation={data} />}</QueryState>
    </>
  );
}

function InvitationBody({ token, invitation }: { token: string; invitation: InvitationView }) {
  const { t } = useTranslation('organizations');
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const accept = useMutation({
    mutationFn: () => api<{ organizationId: string }>(`/invitations/${token}/accept`, { method: 'POST' }),
    onSuccess: async ({ organizationId }) => {
      await client.invalidateQueries({ queryKey: ME_KEY });
      await navigate(`/organizations/${organizationId}/dashboard`);
    },
  });
  const role = t(`invitation.roles.${invitation.role}`);
  if (invitation.status !== 'pending') return <p className="alert alert-error">{t(`invitation.status.${invitation.status}`)}</p>;
  const here = encodeURIComponent(`/invitations/${token}`);
  return (
    <>
      <p>{t('invitation.text', { organization: invitation.organization.name, role, date: formatDate(invitation.expiresAt) })}</p>
      {me.data ? (
        <>
          {me.data.email !== invitation.email && <p className="alert alert-error">{t('invitation.otherEmail', { email: invitation.email })}</p>}
          <div className="actions">
            <button type="button" className="button" disabled={accept.isPending} onClick={() => accept.mutate()}>
              {t('invitation.accept', { organization: invitation.organization.name })}
            </button>
          </div>
          <FormProblem error={accept.error} />
        </>
      ) : (
        <>
          <p>{t('invitation.signUpFirst', { email: invitation.email })}</p>
          <div className="actions">
            <Link className="button" to={`/signup?email=${encodeURIComponent(invitation.email)}&next=${here}`}>
              {t('invitation.signUp')}
            </Link>
            <Link to={`/signin?next=${here}`}>{t('invitation.signIn')}</Link>
          </div>
        </>
      )}
    </>
  );
}
