import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { excerpt, Listing, type FacetKeys } from '../../../components/ListingSearch';
import { usePageTitle } from '../../../components/usePageTitle';
import type { NeedListing } from '../../../lib/api/types';
import { countryName, formatDate } from '../../../lib/format';

const FACET_KEYS: FacetKeys = { country: 'country', mechanism: 'mechanisms', workMode: 'workMode', skills: 'skills' };

/** The public search of open needs: text first, then filters with their counts; the URL keeps the state. */
export default function NeedSearchPage() {
  const { t } = useTranslation('needs');
  usePageTitle(t('search.title'));
  return (
    <>
      <h1>{t('search.title')}</h1>
      <Listing<NeedListing>
        kind="needs"
        facetKeys={FACET_KEYS}
        facetLabels={{ country: t('fields.country'), mechanism: t('fields.mechanism'), workMode: t('fields.workMode'), skills: t('fields.skills') }}
        card={(need) => <NeedCard key={need.id} need={need} />}
      />
    </>
  );
}

function NeedCard({ need }: { need: NeedListing }) {
  const { t } = useTranslation('needs');
  return (
    <li className="card">
      <h3>
        <Link to={`/needs/${need.id}`}>{need.title}</Link>
      </h3>
      <p className="meta">
        <Link to={`/organizations/${need.organization.id}`}>{need.organization.name}</Link> · {countryName(need.country)}
        {need.city ? `, ${need.city}` : ''} · {t(`vocab.workMode.${need.workMode}`, { ns: 'common' })}
      </p>
      <p className="meta">
        {t('period', { start: formatDate(need.startDate), end: formatDate(need.endDate) })} · {t('effort', { count: need.effortDays })}
      </p>
      <p>{excerpt(need.description)}</p>
      {need.keywords.length > 0 && (
        <ul className="chips" aria-label={t('fields.keywords')}>
          {need.keywords.slice(0, 6).map((keyword) => (
            <li key={keyword} className="chip">
              {keyword}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
