import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { usePageTitle } from '../../../components/usePageTitle';
import { formatDate } from '../../../lib/format';
import { useMechanism, type MechanismSheet } from '../api';
import { PrintButton } from '../components/PrintButton';
import styles from '../toolbox.module.css';

/** Mechanisms a calculator of the toolbox costs, and its anchor on the calculators page. */
const CALCULATOR: Partial<Record<string, string>> = {
  skills_sponsorship: 'skills-sponsorship',
  internship: 'internship',
  volunteering: 'volunteer-expenses',
};

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

function List({ items, ordered = false }: { items: string[]; ordered?: boolean }) {
  const Tag = ordered ? 'ol' : 'ul';
  return (
    <Tag>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </Tag>
  );
}

function Sheet({ sheet }: { sheet: MechanismSheet }) {
  const { t } = useTranslation('toolbox');
  usePageTitle(sheet.title);
  const calculator = CALCULATOR[sheet.code];
  const kinds = sheet.providers.organizationKinds.map((kind) => t(`common:vocab.kind.${kind}`));
  return (
    <article className={styles.sheet}>
      <h1>{sheet.title}</h1>
      <p className={styles.lead}>{sheet.summary}</p>
      <p className="meta">{t('lastChecked', { date: formatDate(sheet.lastChecked) })}</p>
      <div className="actions">
        <PrintButton />
        <Link to="/toolbox/advisor" className="button secondary">
          {t('sheet.toAdvisor')}
        </Link>
        {calculator && (
          <Link to={`/toolbox/calculators#${calculator}`} className="button secondary">
            {t('sheet.toCalculator')}
          </Link>
        )}
      </div>

      <h2>{t('sheet.who')}</h2>
      <h3>{t('sheet.providers')}</h3>
      {kinds.length > 0 && (
        <ul className="chips" aria-label={t('sheet.providerKinds')}>
          {kinds.map((kind) => (
            <li key={kind} className="chip">
              {kind}
            </li>
          ))}
        </ul>
      )}
      <p>{sheet.providers.person}</p>
      <h3>{t('sheet.hosts')}</h3>
      <p>{sheet.hosts}</p>

      {sheet.durations.length > 0 && (
        <>
          <h2>{t('sheet.durations')}</h2>
          <List items={sheet.durations} />
        </>
      )}
      {sheet.money.length > 0 && (
        <>
          <h2>{t('sheet.money')}</h2>
          <List items={sheet.money} />
        </>
      )}
      <h2>{t('sheet.fiscalEffect')}</h2>
      <p>{sheet.fiscalEffect}</p>
      {sheet.steps.length > 0 && (
        <>
          <h2>{t('sheet.steps')}</h2>
          <List items={sheet.steps} ordered />
        </>
      )}
      {sheet.documents.length > 0 && (
        <>
          <h2>{t('sheet.documents')}</h2>
          <List items={sheet.documents} />
        </>
      )}
      {sheet.cautions.length > 0 && (
        <>
          <h2>{t('sheet.cautions')}</h2>
          <ul className={styles.cautions}>
            {sheet.cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </>
      )}
      {sheet.legalReferences.length > 0 && (
        <>
          <h2>{t('sheet.references')}</h2>
          <ul className={styles.references}>
            {sheet.legalReferences.map((reference) => (
              <li key={`${reference.sourceId}-${reference.label}`}>
                <strong>{reference.label}</strong>
                <span className={styles.sources}>
                  {t('sheet.source', { id: reference.sourceId })} <cite lang="fr">{reference.sourceTitle}</cite>{' · '}
                  {reference.urls.map((url, index) => (
                    <span key={url}>
                      {index > 0 && ' · '}
                      <a href={url}>{hostOf(url)}</a>
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="meta">{t('sheet.disclaimer')}</p>
    </article>
  );
}

export default function MechanismPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('toolbox');
  const sheet = useMechanism(code);
  return (
    <>
      <nav aria-label={t('breadcrumb')} className={`no-print ${styles.breadcrumb}`}>
        <Link to="/toolbox">{t('list.title')}</Link>
      </nav>
      {sheet.isError && <h1>{t('sheet.unavailable')}</h1>}
      <QueryState query={sheet}>{(data) => <Sheet sheet={data} />}</QueryState>
    </>
  );
}
