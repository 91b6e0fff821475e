import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../../components/Field';
import { ErrorMessage, QueryState } from '../../../components/QueryState';
import { Pagination } from '../../../components/Pagination';
import { RequireSignIn } from '../../../components/RequireSignIn';
import { usePageTitle } from '../../../components/usePageTitle';
import { VerifiedBadge } from '../../../components/VerifiedBadge';
import type { Organization, Page } from '../../../lib/api/types';
import { countryName, formatDateTime } from '../../../lib/format';
import { useUrlState } from '../../../lib/url-state';
import { AdminNav } from '../AdminNav';
import { isRefused, PlatformAdminsOnly } from '../PlatformAdminsOnly';
import { useAdminOrganizations, useVerification, type VerificationFilter } from '../api';

/** Organizations to check against the public registers, and the badge that says it was done. */
export default function OrganizationsVerificationPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('verification.title'));
  return (
    <>
      <h1>{t('verification.title')}</h1>
      <AdminNav />
      <RequireSignIn>{() => <Organizations />}</RequireSignIn>
    </>
  );
}

function Organizations() {
  const { t } = useTranslation('admin');
  const { params, page, update } = useUrlState();
  const filter = (params.get('verified') ?? 'false') as VerificationFilter;
  const organizations = useAdminOrganizations(page, filter);
  if (isRefused(organizations.error)) return <PlatformAdminsOnly />;
  return (
    <>
      <p>{t('verification.intro')}</p>
      <Field label={t('verification.show')}>
        {(control) => (
          <select {...control} value={filter} onChange={(e) => update({ verified: e.target.value === 'false' ? undefined : e.target.value })}>
            {(['false', 'true', 'all'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`verification.filter.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <QueryState query={organizations} isEmpty={(data) => data.total === 0} empty={t('verification.empty')}>
        {(data) => <OrganizationsTable data={data} onPage={(next) => update({ page: next > 1 ? String(next) : undefined })} />}
      </QueryState>
    </>
  );
}

function OrganizationsTable({ data, onPage }: { data: Page<Organization>; onPage: (page: number) => void }) {
  const { t } = useTranslation('admin');
  const verification = useVerification();
  return (
    <>
      {verification.isError && <ErrorMessage error={verification.error} />}
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="organizations-caption">
        <table>
          <caption id="organizations-caption" className="visually-hidden">
            {t('verification.caption', { count: data.total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('verification.name')}</th>
              <th scope="col">{t('verification.identifiers')}</th>
              <th scope="col">{t('verification.website')}</th>
              <th scope="col">{t('verification.created')}</th>
              <th scope="col">{t('verification.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('failedJobs.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((o) => {
              const verified = o.verifiedAt !== null;
              return (
                <tr key={o.id}>
                  <td>
                    <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                    <br />
                    <span className="meta">
                      {t(`vocab.kind.${o.kind}`, { ns: 'common' })}, {countryName(o.country)}
                    </span>
                  </td>
                  <td>{[o.siren && `SIREN ${o.siren}`, o.rna && `RNA ${o.rna}`].filter(Boolean).join(' · ') || t('verification.noIdentifier')}</td>
                  <td>{o.website ? <a href={o.website} rel="noopener noreferrer nofollow">{o.website}</a> : '—'}</td>
                  <td>{formatDateTime(o.createdAt)}</td>
                  <td>
                    <VerifiedBadge verified={verified} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className={verified ? 'button small secondary' : 'button small'}
                      disabled={verification.isPending}
                      aria-label={t(verified ? 'verification.withdrawLabel' : 'verification.verifyLabel', { name: o.name })}
                      onClick={() => verification.mutate({ organization: o, verify: !verified })}
                    >
                      {t(verified ? 'verification.withdraw' : 'verification.verify')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={onPage} />
    </>
  );
}
