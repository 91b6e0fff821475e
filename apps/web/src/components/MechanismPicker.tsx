import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MECHANISM_CODES, type MechanismCode } from '@relais/domain';
import { api } from '../lib/api/client';
import { currentLanguage } from '../lib/i18n';
import { FieldSet } from './Field';

type Summary = { code: string; summary: string };

/** The first sentence of a toolbox summary: one line beside a checkbox, the rest is a link away. */
export const firstSentence = (text: string) => /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/** Summaries come from the toolbox, so the form says what the toolbox says. */
function useMechanismSummaries(): Map<string, string> {
  const language = currentLanguage();
  const catalog = useQuery({
    queryKey: ['toolbox', 'mechanisms', language],
    queryFn: () => api<{ items: Summary[] }>('/toolbox/mechanisms', { query: { lang: language } }),
    staleTime: Infinity,
  });
  return new Map((catalog.data?.items ?? []).map((m) => [m.code, firstSentence(m.summary)]));
}

type Props = { value: MechanismCode[]; onChange: (codes: MechanismCode[]) => void; error?: string; legend: string; hint?: string };

export function MechanismPicker({ value, onChange, error, legend, hint }: Props) {
  const { t } = useTranslation();
  const summaries = useMechanismSummaries();
  const toggle = (code: MechanismCode, on: boolean) =>
    onChange(on ? MECHANISM_CODES.filter((c) => c === code || value.includes(c)) : value.filter((c) => c !== code));
  return (
    <FieldSet legend={legend} hint={hint} error={error} required>
      <div className="checks">
        {MECHANISM_CODES.map((code) => (
          <div key={code}>
            <label>
              <input
                type="checkbox"
                checked={value.includes(code)}
                onChange={(event) => toggle(code, event.target.checked)}
                aria-describedby={summaries.get(code) ? `mechanism-${code}-summary` : undefined}
              />
              <strong>{t(`vocab.mechanism.${code}`)}</strong>
            </label>
            {summaries.get(code) && (
              <p id={`mechanism-${code}-summary`} className="hint">
                {summaries.get(code)}{' '}
                <Link to={`/toolbox/mechanisms/${code}`} target="_blank" rel="noopener">
                  {t('mechanisms.more', { name: t(`vocab.mechanism.${code}`) })}
                </Link>
              </p>
            )}
          </div>
        ))}
      </div>
    </FieldSet>
  );
}

/** Mechanism names as small chips, each linking to its toolbox page. */
export function MechanismChips({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <ul className="chips">
      {codes.map((code) => (
        <li key={code} className="chip">
          <Link to={`/toolbox/mechanisms/${code}`}>{t(`vocab.mechanism.${code}`)}</Link>
        </li>
      ))}
    </ul>
  );
}
