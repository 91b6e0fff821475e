import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { QueryState } from '../../../components/QueryState';
import { RequireSignIn } from '../../../components/RequireSignIn';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { Engagement, EngagementStatus } from '../../../lib/api/types';
import { EngagementAgreement } from '../EngagementAgreement';
import { EngagementEvaluation } from '../EngagementEvaluation';
import { EngagementTerms } from '../EngagementTerms';
import { EngagementTime } from '../EngagementTime';
import { EngagementTimeline } from '../EngagementTimeline';
import styles from '../engagements.module.css';
import { useEngagementChange, type EngagementChange } from '../useEngagementChange';

/** The stages an engagement goes through, in order (cancelled stands apart). */
const STAGES: EngagementStatus[] = ['agreed', 'agreement_signed', 'under_way', 'completed', 'evaluated'];

/** An engagement, for the members of its two organizations: where it stands, its terms, and what each side may do next. */
export default function EngagementPage() {
  const { t } = useTranslation('engagements');
  usePageTitle(t('title'));
  return (
    <>
      <h1>{t('title')}</h1>
      <RequireSignIn>{() => <EngagementView />}</RequireSignIn>
    </>
  );
}

function EngagementView() {
  const { id = '' } = useParams();
  const engagement = useQuery({ queryKey: ['engagements', id], queryFn: () => api<Engagement>(`/engagements/${id}`) });
  return <QueryState query={engagement}>{(e) => <EngagementDetails engagement={e} />}</QueryState>;
}

function EngagementDetails({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation('engagements');
  // One change at a time for the page: its error stays shown when the terms reload at a new version.
  const change = useEngagementChange(engagement);
  const stage = STAGES.indexOf(engagement.status);
  return (
    <>
      <p className={styles.pair}>
        {t('between')} <Link to={`/organizations/${engagement.host.id}`}>{engagement.host.name}</Link> {t('and')}{' '}
        <Link to={`/organizations/${engagement.provider.id}`}>{engagement.provider.name}</Link>
      </p>
      <ul className="meta">
        <li>
          <Link to={`/needs/${engagement.need.id}`}>{t('need', { title: engagement.need.title })}</Link>
        </li>
        <li>
          <Link to={`/offers/${engagement.offer.id}`}>{t('offer', { title: engagement.offer.title })}</Link>
        </li>
        <li>
          <Link to={`/proposals/${engagement.proposalId}`}>{t('conversation')}</Link>
        </li>
      </ul>
      {engagement.status === 'cancelled' ? (
        <p className="alert alert-error">{t('status.cancelled')}</p>
      ) : (
        <ol className={styles.stages} aria-label={t('stagesLabel')}>
          {STAGES.map((s, index) => (
            <li key={s} className={index < stage ? styles.done : index === stage ? styles.current : undefined} aria-current={index === stage ? 'step' : undefined}>
              {t(`status.${s}`)}
            </li>
          ))}
        </ol>
      )}
      <FormProblem error={change.error} />
      <NextSteps engagement={engagement} change={change} />
      <EngagementEvaluation engagement={engagement} change={change} />
      <EngagementTime engagement={engagement} />
      <EngagementTerms key={engagement.version} engagement={engagement} change={change} />
      <EngagementAgreement engagement={engagement} />
      <EngagementTimeline engagement={engagement} />
    </>
  );
}

/** What the signed-in person's side may do now: sign, start, complete, cancel. */
function NextSteps({ engagement, change }: { engagement: Engagement; change: EngagementChange }) {
  const { t } = useTranslation('engagements');
  const [cancelling, setCancelling] = useState(false);
  const { status, yourSides, signedBy } = engagement;
  const act = (action: string) => change.mutate({ path: `/${action}`, method: 'POST', body: {} });
  const toSign = status === 'agreed' && yourSides.some((side) => !signedBy.includes(side));
  const open = status === 'agreed' || status === 'agreement_signed' || status === 'under_way';
  return (
    <section aria-labelledby="next-title" className="card">
      <h2 id="next-title">{t('next.title')}</h2>
      <p>{t(`next.${status}`, { count: signedBy.length })}</p>
      {signedBy.length > 0 && status === 'agreed' && (
        <p className="meta">{t('next.signedBy', { names: signedBy.map((side) => (side === 'host' ? engagement.host.name : engagement.provider.name)).join(', ') })}</p>
      )}
      <div className="actions">
        {toSign && (
          <button type="button" className="button" disabled={change.isPending} onClick={() => act('sign')}>
            {t('actions.sign')}
          </button>
        )}
        {status === 'agreement_signed' && (
          <button type="button" className="button" disabled={change.isPending} onClick={() => act('start')}>
            {t('actions.start')}
          </button>
        )}
        {status === 'under_way' && yourSides.includes('host') && (
          <button type="button" className="button" disabled={change.isPending} onClick={() => act('complete')}>
            {t('actions.complete')}
          </button>
        )}
        {open && !cancelling && (
          <button type="button" className="button secondary" onClick={() => setCancelling(true)}>
            {t('actions.cancel')}
          </button>
        )}
      </div>
      {cancelling && (
        <div role="alertdialog" aria-labelledby="cancel-question" className="actions">
          <p id="cancel-question">{t('actions.cancelQuestion')}</p>
          <button type="button" className="button danger" disabled={change.isPending} onClick={() => act('cancel')}>
            {t('actions.confirmCancel')}
          </button>
          <button type="button" className="button secondary" onClick={() => setCancelling(false)}>
            {t('actions.keep')}
          </button>
        </div>
      )}
    </section>
  );
}
