import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { usePageTitle } from '../../../components/usePageTitle';
import { VerifiedBadge } from '../../../components/VerifiedBadge';
import type { Organization } from '../../../lib/api/types';
import { countryName, formatDate, formatNumber } from '../../../lib/format';
import { isMemberOf } from '../../../lib/postings';
import { useMe } from '../../../lib/session';
import { useOrganization } from '../api';

/** The public profile: what the organization says of itself, never its members. */
export default function OrganizationPage() {
  const { t } = useTranslation('organizations');
  const { id = '' } = useParams();
  const organization = useOrganization(id);
  const me = useMe();
  usePageTitle(organization.data?.name ?? t('profile.title'));
  return (
    <QueryState query={organization}>
      {(o) => (
        <article>
          <p className="meta">{t(`vocab.kind.${o.kind}`, { ns: 'common' })}</p>
          <h1>{o.name}</h1>
          <p className="meta">
            <VerifiedBadge verified={o.verifiedAt !== null} /> {[o.city, o.region, countryName(o.country)].filter(Boolean).join(', ')}
          </p>
          {isMemberOf(me.data, o.id) && (
            <div className="actions">
              <Link className="button" to={`/organizations/${o.id}/dashboard`}>
                {t('profile.dashboard')}
              </Link>
            </div>
          )}
          {o.description && <p style={{ whiteSpace: 'pre-line' }}>{o.description}</p>}
          <dl className="facts">
            {o.website && (
              <>
                <dt>{t('fields.website')}</dt>
                <dd>
                  <a href={o.website} rel="noopener noreferrer nofollow">
                    {o.website}
                  </a>
                </dd>
              </>
            )}
            <dt>{t('fields.generalInterestShort')}</dt>
            <dd>{o.generalInterest ? t('profile.yes') : t('profile.no')}</dd>
            {o.siren && (
              <>
                <dt>{t('fields.siren')}</dt>
                <dd>{o.siren}</dd>
              </>
            )}
            {o.rna && (
              <>
                <dt>{t('fields.rna')}</dt>
                <dd>{o.rna}</dd>
              </>
            )}
          </dl>
          {o.ratings && <Ratings ratings={o.ratings} />}
          <p>
            <Link to="/organizations">{t('profile.back')}</Link>
          </p>
        </article>
      )}
    </QueryState>
  );
}

/** What the organizations it worked with said of it: how many evaluations, their average, and the comments shown by their authors' choice. */
function Ratings({ ratings }: { ratings: NonNullable<Organization['ratings']> }) {
  const { t } = useTranslation('organizations');
  return (
    <section aria-labelledby="ratings-title">
      <h2 id="ratings-title">{t('ratings.title')}</h2>
      {ratings.count === 0 || ratings.average === null ? (
        <p className="meta">{t('ratings.none')}</p>
      ) : (
        <p>
          <strong>{t('ratings.average', { average: formatNumber(ratings.average, 1) })}</strong> · {t('ratings.count', { count: ratings.count })}
        </p>
      )}
      {ratings.comments.length > 0 && (
        <ul className="plain">
          {ratings.comments.map((comment) => (
            <li key={`${comment.from.id}-${comment.createdAt}`}>
              <blockquote style={{ whiteSpace: 'pre-line', margin: '0.5rem 0' }}>{comment.comment}</blockquote>
              <p className="meta">
                {t('ratings.from', { rating: comment.rating, name: comment.from.name, date: formatDate(comment.createdAt) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
