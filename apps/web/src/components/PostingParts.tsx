import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../lib/api/client';
import type { Organization } from '../lib/api/types';
import { languageName } from '../lib/format';
import { usePostingTransition, type PostingKind } from '../lib/postings';
import { useSkillLabels } from '../lib/skills';
import { FormProblem } from './FormProblem';

export function OrganizationLink({ id }: { id: string }) {
  const organization = useQuery({ queryKey: ['organizations', id, 'profile'], queryFn: () => api<Organization>(`/organizations/${id}`) });
  return <Link to={`/organizations/${id}`}>{organization.data?.name ?? '…'}</Link>;
}

export function SkillList({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const labels = useSkillLabels(ids);
  if (!ids.length) return null;
  return (
    <ul className="chips" aria-label={t('skills.legend')}>
      {ids.map((id) => (
        <li key={id} className="chip">
          {labels.get(id) ?? '…'}
        </li>
      ))}
    </ul>
  );
}

export const languageList = (codes: string[]) => codes.map(languageName).join(', ');

/** Edit, publish, close and the suggestions' link, for members of the owning organization. */
export function PostingActions({ kind, id, status }: { kind: PostingKind; id: string; status: 'draft' | 'open' | 'closed' }) {
  const { t } = useTranslation();
  const transition = usePostingTransition(kind, id);
  return (
    <>
      <div className="actions">
        <Link className="button" to={`/${kind}/${id}/suggestions`}>
          {t('posting.suggestions')}
        </Link>
        {status !== 'closed' && (
          <Link className="button secondary" to={`/${kind}/${id}/edit`}>
            {t('actions.edit')}
          </Link>
        )}
        {status === 'draft' && (
          <button type="button" className="button secondary" disabled={transition.isPending} onClick={() => transition.mutate('publish')}>
            {t('posting.publish')}
          </button>
        )}
        {status === 'open' && (
          <button type="button" className="button danger" disabled={transition.isPending} onClick={() => transition.mutate('close')}>
            {t('posting.close')}
          </button>
        )}
      </div>
      <FormProblem error={transition.error} />
      <p aria-live="polite" className="meta">
        {transition.isSuccess ? t(`posting.done.${transition.variables}`) : ''}
      </p>
    </>
  );
}
