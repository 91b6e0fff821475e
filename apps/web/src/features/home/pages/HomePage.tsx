import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { NeedListing, SearchPage } from '../../../lib/api/types';
import { countryName, formatDate } from '../../../lib/format';
import { useMe } from '../../../lib/session';

export default function HomePage() {
  const { t } = useTranslation('home');
  usePageTitle(t('title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMe();
  const [q, setQ] = useState('');
  const latest = useQuery({
    queryKey: ['needs', 'latest'],
    queryFn: () => api<SearchPage<NeedListing>>('/needs', { query: { pageSize: 4 } }),
  });
  const search = (event: FormEvent) => {
    event.preventDefault();
    void navigate(q.trim() ? `/needs?q=${encodeURIComponent(q.trim())}` : '/needs');
  };
  return (
    <>
      {params.get('erased') === '1' && (
        <p className="alert alert-ok" role="status">
          {t('erased')}
        </p>
      )}
      <section className="hero">
        <h1>{t('headline')}</h1>
        <p>{t('pitch')}</p>
        <form role="search" className="inline-form" onSubmit={search}>
          <div className="field">
            <label htmlFor="home-q">{t('searchLabel')}</label>
            <input id="home-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('searchPlaceholder')} />
          </div>
          <button type="submit" className="button">
            {t('search')}
          </button>
        </form>
        <div className="actions">
          <Link className="button secondary" to={me.data ? '/my' : '/signup'}>
            {t('postNeed')}
          </Link>
          <Link className="button secondary" to={me.data ? '/my' : '/signup'}>
            {t('offerSkills')}
          </Link>
          <Link to="/toolbox">{t('toolbox')}</Link>
        </div>
      </section>
      <section aria-labelledby="latest-title">
        <h2 id="latest-title">{t('latest')}</h2>
        <QueryState query={latest} isEmpty={(data) => data.items.length === 0} empty={t('noNeeds')}>
          {(data) => (
            <ul className="cards">
              {data.items.map((need) => (
                <li key={need.id} className="card">
                  <h3>
                    <Link to={`/needs/${need.id}`}>{need.title}</Link>
                  </h3>
                  <p className="meta">
                    {need.organization.name} · {countryName(need.country)} · {formatDate(need.startDate)} – {formatDate(need.endDate)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
        <p>
          <Link to="/needs">{t('allNeeds')}</Link> · <Link to="/organizations">{t('directory')}</Link>
        </p>
      </section>
    </>
  );
}
