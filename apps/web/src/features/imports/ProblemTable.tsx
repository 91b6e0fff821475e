import { useTranslation } from 'react-i18next';
import { translateReason } from '../../lib/reasons';
import type { PlacedProblem } from './api';

/** The problems of an import file, one a row, by line (CSV) or row (JSON), as the person finds them in the file. */
export function ProblemTable({ problems, caption }: { problems: PlacedProblem[]; caption: string }) {
  const { t } = useTranslation('imports');
  const { t: common } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('problems.place')}</th>
            <th scope="col">{t('problems.field')}</th>
            <th scope="col">{t('problems.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index}>
              <th scope="row">
                {problem.place === null
                  ? t('problems.file')
                  : 'line' in problem.place
                    ? t('problems.line', { number: problem.place.line })
                    : t('problems.row', { number: problem.place.row })}
              </th>
              <td>
                <code>{problem.field || '—'}</code>
              </td>
              <td>{translateReason(problem.reason, common)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
