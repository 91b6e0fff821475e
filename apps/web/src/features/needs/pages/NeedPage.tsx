import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MechanismChips } from '../../../components/MechanismPicker';
import { languageList, OrganizationLink, PostingActions, SkillList } from '../../../components/PostingParts';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { usePageTitle } from '../../../components/usePageTitle';
import { countryName, formatDate } from '../../../lib/format';
import { isMemberOf, usePosting } from '../../../lib/postings';
import { useMe } from '../../../lib/session';

export default function NeedPage() {
  const { t } = useTranslation('needs');
  const { id = '' } = useParams();
  const need = usePosting('needs', id);
  const me = useMe();
  usePageTitle(need.data?.title ?? t('page.title'));
  return (
    <QueryState query={need}>
      {(data) => (
        <article>
          <p className="meta">
            {t('page.kind')} · <StatusBadge status={data.status} />
          </p>
          <h1>{data.title}</h1>
          <p className="meta">
            <OrganizationLink id={data.organizationId} /> · {countryName(data.country)}
            {data.city ? `, ${data.city}` : ''}
          </p>
          {isMemberOf(me.data, data.organizationId) && <PostingActions kind="needs" id={data.id} status={data.status} />}
          <p style={{ whiteSpace: 'pre-line' }}>{data.description}</p>
          <dl className="row facts">
            <div>
              <dt>{t('fields.period')}</dt>
              <dd>{t('period', { start: formatDate(data.startDate), end: formatDate(data.endDate) })}</dd>
            </div>
            <div>
              <dt>{t('fields.effortDays')}</dt>
              <dd>{t('effort', { count: data.effortDays })}</dd>
            </div>
            <div>
              <dt>{t('fields.workMode')}</dt>
              <dd>{t(`vocab.workMode.${data.workMode}`, { ns: 'common' })}</dd>
            </div>
            <div>
              <dt>{t('fields.languages')}</dt>
              <dd>{languageList(data.languages)}</dd>
            </div>
          </dl>
          <h2>{t('fields.skills')}</h2>
          <SkillList ids={data.skills} />
          {data.keywords.length > 0 && <p className="meta">{t('page.keywords', { keywords: data.keywords.join(', ') })}</p>}
          <h2>{t('fields.mechanisms')}</h2>
          <MechanismChips codes={data.mechanisms} />
        </article>
      )}
    </QueryState>
  );
}
