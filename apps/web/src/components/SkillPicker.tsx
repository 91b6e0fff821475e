import { useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api/client';
import type { ExtractedSkill, Skill } from '../lib/api/types';
import { currentLanguage } from '../lib/i18n';
import { useRememberSkill, useSkillLabels } from '../lib/skills';
import { useDebounced } from '../lib/use-debounced';
import { FieldSet } from './Field';

type Props = {
  value: string[];
  onChange: (ids: string[]) => void;
  /** The posting's title and description: skills named there are proposed. */
  text: string;
  error?: string;
};

const MAX_SKILLS = 30;

/** Catalog skills: an autocomplete over French and English labels, and proposals read from the text. */
export function SkillPicker({ value, onChange, text, error }: Props) {
  const { t } = useTranslation();
  const labels = useSkillLabels(value);
  const remember = useRememberSkill();
  // The button just pressed disappears with its chip: the focus goes back to the search field, not to the page.
  const searchRef = useRef<HTMLInputElement>(null);
  const refocus = () => searchRef.current?.focus();
  const add = (skill: Skill) => {
    remember(skill);
    if (!value.includes(skill.id) && value.length < MAX_SKILLS) onChange([...value, skill.id]);
  };
  return (
    <FieldSet legend={t('skills.legend')} hint={t('skills.hint')} error={error}>
      {value.length > 0 && (
        <ul className="chips" aria-label={t('skills.selected')}>
          {value.map((id) => (
            <li key={id} className="chip">
              {labels.get(id) ?? '…'}
              <button
                type="button"
                className="link-button"
                aria-label={t('skills.removeOne', { label: labels.get(id) ?? '' })}
                onClick={() => {
                  onChange(value.filter((v) => v !== id));
                  refocus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <SkillAutocomplete onPick={add} exclude={value} inputRef={searchRef} />
      <SkillProposals text={text} exclude={value} onAccept={add} afterChoice={refocus} />
    </FieldSet>
  );
}

type AutocompleteProps = { onPick: (skill: Skill) => void; exclude: string[]; inputRef: RefObject<HTMLInputElement | null> };

function SkillAutocomplete({ onPick, exclude, inputRef }: AutocompleteProps) {
  const { t } = useTranslation();
  const id = useId();
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebounced(input.trim(), 250);
  const results = useQuery({
    queryKey: ['skills', 'search', q, currentLanguage()],
    queryFn: ({ signal }) => api<{ items: Skill[] }>('/skills', { query: { q, lang: currentLanguage(), pageSize: 8 }, signal }),
    enabled: q.length >= 2,
  });
  const options = (results.data?.items ?? []).filter((skill) => !exclude.includes(skill.id));
  const expanded = open && q.length >= 2 && options.length > 0;

  const pick = (skill: Skill) => {
    onPick(skill);
    setInput('');
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      const skill = options[active];
      if (skill) pick(skill);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="autocomplete">
      <label htmlFor={`${id}-input`}>{t('skills.search')}</label>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && options[active] ? `${id}-${options[active].id}` : undefined}
        value={input}
        onChange={(event) => {
          setInput(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t('skills.results')} hidden={!expanded}>
        {options.map((skill, index) => (
          <li
            key={skill.id}
            id={`${id}-${skill.id}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(skill)}
          >
            {skill.label}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? t('skills.resultCount', { count: options.length }) : ''}
      </p>
    </div>
  );
}

/** "Skills we read in your text": proposed from POST /skills/extract once the person stops typing. */
type ProposalsProps = { text: string; exclude: string[]; onAccept: (skill: Skill) => void; afterChoice: () => void };

function SkillProposals({ text, exclude, onAccept, afterChoice }: ProposalsProps) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState<string[]>([]);
  const settled = useDebounced(text.trim(), 700);
  const proposals = useQuery({
    queryKey: ['skills', 'extract', settled, currentLanguage()],
    queryFn: ({ signal }) =>
      api<{ items: ExtractedSkill[] }>('/skills/extract', { method: 'POST', body: { text: settled, lang: currentLanguage(), limit: 8 }, signal }),
    enabled: settled.length >= 20,
    staleTime: Infinity,
  });
  const shown = (proposals.data?.items ?? []).filter((skill) => !exclude.includes(skill.id) && !dismissed.includes(skill.id));
  return (
    <section className="proposals" aria-live="polite" aria-labelledby="skill-proposals-title">
      <h3 id="skill-proposals-title">{t('skills.proposalsTitle')}</h3>
      {settled.length < 20 ? (
        <p className="hint">{t('skills.proposalsWait')}</p>
      ) : proposals.isFetching && !proposals.data ? (
        <p className="hint">{t('skills.proposalsReading')}</p>
      ) : shown.length === 0 ? (
        <p className="hint">{t('skills.proposalsNone')}</p>
      ) : (
        <ul className="chips">
          {shown.map((skill) => (
            <li key={skill.id} className="chip">
              {skill.label}
              <button type="button" className="link-button" aria-label={t('skills.accept', { label: skill.label })} onClick={() => {
                  onAccept(skill);
                  afterChoice();
                }}>
                {t('skills.acceptShort')}
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={t('skills.dismiss', { label: skill.label })}
                onClick={() => {
                  setDismissed([...dismissed, skill.id]);
                  afterChoice();
                }}
              >
                {t('skills.dismissShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
