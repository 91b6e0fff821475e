import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { api } from '../../lib/api/client';
import type { OrganizationStats } from '../../lib/api/types';
import { formatEuros, formatNumber, formatPercent } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import styles from './stats.module.css';

const PROPOSAL_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn', 'expired'] as const;
const ENGAGEMENT_STATUSES = ['agreed', 'agreement_signed', 'under_way', 'completed', 'evaluated', 'cancelled'] as const;

/** The organization's figures: how it answers proposals, its engagements, the time and value given or received, and a chart of its engagements per month. */
export function OrganizationStatsSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('organizations');
  const stats = useQuery({ queryKey: ['organizations', organizationId, 'stats'], queryFn: () => api<OrganizationStats>(`/organizations/${organizationId}/stats`) });
  return (
    <section aria-labelledby="stats-title" className={styles.stats}>
      <h2 id="stats-title">{t('stats.title')}</h2>
      <QueryState query={stats}>{(data) => <Figures organizationId={organizationId} stats={data} />}</QueryState>
    </section>
  );
}

function Figures({ organizationId, stats }: { organizationId: string; stats: OrganizationStats }) {
  const { t } = useTranslation('organizations');
  const time = (amounts: { days: number; hours: number }) =>
    [amounts.days || !amounts.hours ? t('stats.days', { count: amounts.days, amount: formatNumber(amounts.days, 2) }) : null, amounts.hours ? t('stats.hours', { count: amounts.hours, amount: formatNumber(amounts.hours, 2) }) : null]
      .filter(Boolean)
      .join(' + ');
  const median = stats.medianResponseHours;
  return (
    <>
      <dl className="facts">
        <dt>{t('stats.responseRate')}</dt>
        <dd>{stats.responseRate === null ? t('stats.none') : formatPercent(stats.responseRate)}</dd>
        <dt>{t('stats.medianResponse')}</dt>
        <dd>{median === null ? t('stats.none') : median < 48 ? t('stats.inHours', { amount: formatNumber(median, 1) }) : t('stats.inDays', { amount: formatNumber(median / 24, 1) })}</dd>
        <dt>{t('stats.timeGiven')}</dt>
        <dd>{time(stats.time.given)}</dd>
        <dt>{t('stats.timeReceived')}</dt>
        <dd>{time(stats.time.received)}</dd>
        <dt>{t('stats.valueGiven')}</dt>
        <dd>{formatEuros(stats.sponsoredValue.given)}</dd>
        <dt>{t('stats.valueReceived')}</dt>
        <dd>{formatEuros(stats.sponsoredValue.received)}</dd>
      </dl>
      {stats.sponsoredValue.engagementsWithoutPay > 0 && <p className="hint">{t('stats.withoutPay', { count: stats.sponsoredValue.engagementsWithoutPay })}</p>}
      <PerMonthChart perMonth={stats.perMonth} />
      <div className={styles.tables}>
        <table>
          <caption>{t('stats.proposals')}</caption>
          <thead>
            <tr><th scope="col">{t('stats.status')}</th><th scope="col">{t('stats.sent')}</th><th scope="col">{t('stats.received')}</th></tr>
          </thead>
          <tbody>
            {PROPOSAL_STATUSES.map((status) => (
              <tr key={status}><th scope="row">{t(`stats.proposalStatus.${status}`)}</th><td>{stats.proposals.sent[status]}</td><td>{stats.proposals.received[status]}</td></tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>{t('stats.engagements')}</caption>
          <thead>
            <tr><th scope="col">{t('stats.status')}</th><th scope="col">{t('stats.asHost')}</th><th scope="col">{t('stats.asProvider')}</th></tr>
          </thead>
          <tbody>
            {ENGAGEMENT_STATUSES.map((status) => (
              <tr key={status}><th scope="row">{t(`stats.engagementStatus.${status}`)}</th><td>{stats.engagements.host[status]}</td><td>{stats.engagements.provider[status]}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href={`/api/organizations/${organizationId}/engagements.csv?lang=${currentLanguage()}`} download>{t('stats.csv')}</a>
      </p>
    </>
  );
}

const WIDTH = 600;
const HEIGHT = 180;
const PADDING = { top: 12, bottom: 28, left: 28 };

/** Engagements begun per month over a year, as host and as provider, stacked bars in SVG; the same figures in a table underneath for those who read rather than look. */
function PerMonthChart({ perMonth }: { perMonth: OrganizationStats['perMonth'] }) {
  const { t } = useTranslation('organizations');
  const language = currentLanguage();
  const monthName = (month: string) => new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  const most = Math.max(1, ...perMonth.map((m) => m.host + m.provider));
  const slot = (WIDTH - PADDING.left) / perMonth.length;
  const plot = HEIGHT - PADDING.top - PADDING.bottom;
  const y = (count: number) => (count / most) * plot;
  const total = perMonth.reduce((sum, m) => sum + m.host + m.provider, 0);
  return (
    <figure className={styles.chart}>
      <figcaption>{t('stats.perMonth')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('stats.perMonthSummary', { count: total })}>
        <line x1={PADDING.left} x2={WIDTH} y1={HEIGHT - PADDING.bottom} y2={HEIGHT - PADDING.bottom} className={styles.axis} />
        <text x={PADDING.left - 6} y={PADDING.top + 4} textAnchor="end" className={styles.tick}>{most}</text>
        <text x={PADDING.left - 6} y={HEIGHT - PADDING.bottom} textAnchor="end" className={styles.tick}>0</text>
        {perMonth.map((m, index) => {
          const x = PADDING.left + index * slot + slot * 0.2;
          const width = slot * 0.6;
          const base = HEIGHT - PADDING.bottom;
          return (
            <g key={m.month}>
              <rect x={x} y={base - y(m.host)} width={width} height={y(m.host)} className={styles.host} />
              <rect x={x} y={base - y(m.host) - y(m.provider)} width={width} height={y(m.provider)} className={styles.provider} />
              <text x={x + width / 2} y={HEIGHT - 10} textAnchor="middle" className={styles.tick}>{monthName(m.month)}</text>
            </g>
          );
        })}
      </svg>
      <p className={styles.legend}>
        <span className={styles.hostKey} aria-hidden="true" /> {t('stats.asHost')} <span className={styles.providerKey} aria-hidden="true" /> {t('stats.asProvider')}
      </p>
      <details>
        <summary>{t('stats.perMonthTable')}</summary>
        <table>
          <thead>
            <tr><th scope="col">{t('stats.month')}</th><th scope="col">{t('stats.asHost')}</th><th scope="col">{t('stats.asProvider')}</th></tr>
          </thead>
          <tbody>
            {perMonth.map((m) => (
              <tr key={m.month}><th scope="row">{m.month}</th><td>{m.host}</td><td>{m.provider}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
