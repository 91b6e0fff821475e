import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../../components/usePageTitle';
import { InternshipCalculator } from '../components/InternshipCalculator';
import { PrintButton } from '../components/PrintButton';
import { SkillsSponsorshipCalculator } from '../components/SkillsSponsorshipCalculator';
import { VolunteerExpensesCalculator } from '../components/VolunteerExpensesCalculator';
import styles from '../toolbox.module.css';

const CALCULATORS = [
  { id: 'skills-sponsorship', key: 'sponsorship', mechanism: 'skills_sponsorship', Component: SkillsSponsorshipCalculator },
  { id: 'internship', key: 'internship', mechanism: 'internship', Component: InternshipCalculator },
  { id: 'volunteer-expenses', key: 'volunteer', mechanism: 'volunteering', Component: VolunteerExpensesCalculator },
] as const;

/** The three calculators; each shows its figures and the formula that gave them. */
export default function CalculatorsPage() {
  const { t } = useTranslation('toolbox');
  const { hash } = useLocation();
  usePageTitle(t('calculators.title'));

  // A link to one calculator (#internship) lands on it: the page was not there when the browser looked.
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);

  return (
    <>
      <nav aria-label={t('breadcrumb')} className={`no-print ${styles.breadcrumb}`}>
        <Link to="/toolbox">{t('list.title')}</Link>
      </nav>
      <h1>{t('calculators.title')}</h1>
      <p className={styles.lead}>{t('calculators.intro')}</p>
      <nav aria-label={t('calculators.inPage')} className="no-print">
        <ul className={styles.inPage}>
          {CALCULATORS.map((calculator) => (
            <li key={calculator.id}>
              <a href={`#${calculator.id}`}>{t(`calculators.${calculator.key}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {CALCULATORS.map(({ id, key, mechanism, Component }) => (
        <section key={id} id={id} className={styles.calculator} aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{t(`calculators.${key}.title`)}</h2>
          <p>
            {t(`calculators.${key}.intro`)}{' '}
            <Link to={`/toolbox/mechanisms/${mechanism}`} className="no-print">
              {t(`calculators.${key}.sheet`)}
            </Link>
          </p>
          <Component />
        </section>
      ))}
      <div className="actions">
        <PrintButton />
      </div>
    </>
  );
}
