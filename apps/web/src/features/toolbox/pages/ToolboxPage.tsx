import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { usePageTitle } from '../../../components/usePageTitle';
import { formatDate } from '../../../lib/format';
import { useMechanisms } from '../api';
import { PrintButton } from '../components/PrintButton';
import styles from '../toolbox.module.css';

/** The legal mechanisms, with the two tools that help choose and cost one. */
export default function ToolboxPage() {
  const { t } = useTranslation('toolbox');
  const mechanisms = useMechanisms();
  usePageTitle(t('list.title'));
  return (
    <>
      <h1>{t('list.title')}</h1>
      <p className={styles.lead}>{t('list.intro')}</p>
      <ul className={styles.tools} aria-label={t('list.tools')}>
        <li className="card">
          <h2>
            <Link to="/toolbox/advisor">{t('advisor.title')}</Link>
          </h2>
          <p>{t('list.advisorText')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/toolbox/calculators">{t('calculators.title')}</Link>
          </h2>
          <p>{t('list.calculatorsText')}</p>
        </li>
      </ul>
      <h2>{t('list.mechanisms')}</h2>
      <QueryState query={mechanisms} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <>
            <ul className="cards">
              {data.items.map((sheet) => (
                <li key={sheet.code} className="card">
                  <h3>
                    <Link to={`/toolbox/mechanisms/${sheet.code}`}>{sheet.title}</Link>
                  </h3>
                  <p>{sheet.summary}</p>
                  <p className="meta">
                    {t('list.providers', {
                      kinds: sheet.providers.organizationKinds.map((kind) => t(`common:vocab.kind.${kind}`)).join(', ') || t('list.anyProvider'),
                    })}
                  </p>
                </li>
              ))}
            </ul>
            {data.items[0] && <p className="meta">{t('lastChecked', { date: formatDate(data.items[0].lastChecked) })}</p>}
          </>
        )}
      </QueryState>
      <div className="actions">
        <PrintButton />
      </div>
    </>
  );
}
