import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MechanismChips } from '../../components/MechanismPicker';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { RequireSignIn } from '../../components/RequireSignIn';
import { usePageTitle } from '../../components/usePageTitle';
import { api } from '../../lib/api/client';
import type { Page, Reason, Suggestion } from '../../lib/api/types';
import { formatDateTime, formatPercent } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { usePosting, type PostingKind } from '../../lib/postings';
import { ProposeBox } from '../proposals/ProposeBox';

const PAGE_SIZE = 10;

/** The page suggestion e-mails link to: the other side's postings for one of ours, best first, explained. */
export function SuggestionsView({ kind, id }: { kind: PostingKind; id: string }) {
  const { t } = useTranslation('suggestions');
  return <RequireSignIn heading={t('title')}>{() => <Suggestions kind={kind} id={id} />}</RequireSignIn>;
}

function Suggestions({ kind, id }: { kind: PostingKind; id: string }) {
  const { t } = useTranslation('suggestions');
  const posting = usePosting(kind, id);
  const [pageNumber, setPageNumber] = useState(1);
  const suggestions = useQuery({
    queryKey: [kind, id, 'suggestions', pageNumber],
    queryFn: () => api<Page<Suggestion>>(`/${kind}/${id}/suggestions`, { query: { page: pageNumber, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  usePageTitle(t('title'));
  return (
    <>
      <p className="meta">{t(`for.${kind}`)}</p>
      <h1>{t('title')}</h1>
      {posting.data && (
        <p>
          <Link to={`/${kind}/${id}`}>{posting.data.title}</Link>
        </p>
      )}
      <p className="hint">{t('intro')}</p>
      <QueryState query={suggestions} isEmpty={(data) => data.items.length === 0} empty={t('none')}>
        {(data) => (
          <>
            <ol className="cards">
              {data.items.map((suggestion) => (
                <SuggestionCard key={suggestion.id} suggestion={suggestion} kind={kind} organizationId={posting.data?.organizationId} />
              ))}
            </ol>
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPageNumber} />
          </>
        )}
      </QueryState>
    </>
  );
}

function ScoreBar({ score }: { score: number }) {
  const { t } = useTranslation('suggestions');
  const percent = Math.round(score * 100);
  return (
    <div className="score">
      <span className="score-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
      <span>{t('score', { score: formatPercent(score) })}</span>
    </div>
  );
}

/** The weighted factors first, strongest contribution first; the mechanisms' sentence (with any tax estimate) apart. */
const byContribution = (a: Reason, b: Reason) => b.weight * b.value - a.weight * a.value;

type CardProps = { suggestion: Suggestion; kind: PostingKind; organizationId: string | undefined };

function SuggestionCard({ suggestion, kind, organizationId }: CardProps) {
  const { t } = useTranslation('suggestions');
  const otherKind = kind === 'needs' ? 'offers' : 'needs';
  const other = suggestion.need ?? suggestion.offer;
  const language = currentLanguage();
  const factors = suggestion.reasons.filter((r) => r.weight > 0).sort(byContribution);
  const carriers = suggestion.reasons.filter((r) => r.factor === 'mechanisms' || r.factor === 'taxEstimate');
  if (!other) return null;
  return (
    <li className="card">
      <h2>{other.title ? <Link to={`/${otherKind}/${other.id}`}>{other.title}</Link> : t('withdrawn')}</h2>
      <p className="meta">
        <Link to={`/organizations/${other.organization.id}`}>{other.organization.name}</Link> · {t(`vocab.kind.${other.organization.kind}`, { ns: 'common' })}
        {other.status !== 'open' && ` · ${t(`vocab.status.${other.status}`, { ns: 'common' })}`}
      </p>
      <ScoreBar score={suggestion.score} />
      <h3>{t('why')}</h3>
      <ul>
        {factors.map((reason) => (
          <li key={reason.factor}>{reason.text[language]}</li>
        ))}
      </ul>
      <h3>{t('mechanisms')}</h3>
      <MechanismChips codes={suggestion.mechanisms} />
      {carriers.map((reason) => (
        <p key={reason.factor} className="meta">
          {reason.text[language]}
        </p>
      ))}
      <p className="meta">{t('updated', { date: formatDateTime(suggestion.updatedAt) })}</p>
      {organizationId && (
        <ProposeBox
          suggestion={suggestion}
          organizationId={organizationId}
          side={kind === 'needs' ? 'host' : 'provider'}
          canPropose={suggestion.status === 'active' && other.status === 'open'}
        />
      )}
    </li>
  );
}
