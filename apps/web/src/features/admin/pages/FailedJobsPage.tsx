import { useTranslation } from 'react-i18next';
import { ErrorMessage, QueryState } from '../../../components/QueryState';
import { RequireSignIn } from '../../../components/RequireSignIn';
import { Pagination } from '../../../components/Pagination';
import { usePageTitle } from '../../../components/usePageTitle';
import type { FailedJob, Page } from '../../../lib/api/types';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useUrlState } from '../../../lib/url-state';
import { useFailedJobs, useReplay } from '../api';
import { AdminNav } from '../AdminNav';
import { isRefused, PlatformAdminsOnly } from '../PlatformAdminsOnly';
import styles from '../admin.module.css';

/** The first line of an error: the rest (a stack, a long message) is one click away. */
function ErrorCell({ error }: { error: string }) {
  const [first, ...rest] = error.split('\n');
  if (!rest.length && first.length <= 140) return <code>{first}</code>;
  return (
    <details>
      <summary>
        <code>{first.length > 140 ? `${first.slice(0, 140)}…` : first}</code>
      </summary>
      <pre className={styles.error}>{error}</pre>
    </details>
  );
}

function JobsTable({ data, onPage }: { data: Page<FailedJob>; onPage: (page: number) => void }) {
  const { t } = useTranslation('admin');
  const replay = useReplay();
  const replayed = replay.variables;
  return (
    <>
      <div aria-live="polite" role="status">
        {replay.isSuccess && replayed && <p className="alert alert-ok">{t('failedJobs.replayed', { job: replayed.jobName, id: replayed.jobId })}</p>}
      </div>
      {replay.isError && <ErrorMessage error={replay.error} />}
      <div className={`table-wrap ${styles.scroller}`} tabIndex={0} role="region" aria-labelledby="failed-jobs-caption">
        <table>
          <caption id="failed-jobs-caption" className="visually-hidden">
            {t('failedJobs.caption', { count: data.total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('failedJobs.queue')}</th>
              <th scope="col">{t('failedJobs.job')}</th>
              <th scope="col">{t('failedJobs.error')}</th>
              <th scope="col">{t('failedJobs.attempts')}</th>
              <th scope="col">{t('failedJobs.failedAt')}</th>
              <th scope="col">{t('failedJobs.replayedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('failedJobs.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((job) => (
              <tr key={job.id}>
                <td>{job.queue}</td>
                <td className={styles.jobCell}>
                  {job.jobName}
                  <span className={styles.jobId}>{job.jobId}</span>
                </td>
                <td className={styles.errorCell}>
                  <ErrorCell error={job.error} />
                </td>
                <td>{formatNumber(job.attempts)}</td>
                <td className={styles.nowrap}>{formatDateTime(job.failedAt)}</td>
                <td className={styles.nowrap}>{job.replayedAt ? formatDateTime(job.replayedAt) : t('failedJobs.never')}</td>
                <td>
                  <button
                    type="button"
                    className="button small"
                    disabled={replay.isPending}
                    aria-label={t('failedJobs.replayLabel', { job: job.jobName, id: job.jobId })}
                    onClick={() => replay.mutate(job)}
                  >
                    {replay.isPending && replayed?.id === job.id ? t('failedJobs.replaying') : t('failedJobs.replay')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={onPage} />
    </>
  );
}

/** Jobs that failed for good, for a platform admin to read and run again. */
export default function FailedJobsPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('failedJobs.title'));
  return (
    <>
      <h1>{t('failedJobs.title')}</h1>
      <AdminNav />
      <RequireSignIn>{() => <FailedJobs />}</RequireSignIn>
    </>
  );
}

function FailedJobs() {
  const { t } = useTranslation('admin');
  const { page, update } = useUrlState();
  const jobs = useFailedJobs(page);
  const onPage = (next: number) => update({ page: next > 1 ? String(next) : undefined });
  if (isRefused(jobs.error)) return <PlatformAdminsOnly />;
  return (
    <QueryState query={jobs} isEmpty={(data) => data.total === 0} empty={t('failedJobs.empty')}>
      {(data) => (
        <>
          <p>{t('failedJobs.intro')}</p>
          <JobsTable data={data} onPage={onPage} />
        </>
      )}
    </QueryState>
  );
}
