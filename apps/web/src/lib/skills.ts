/** Catalog skills by id, cached one by one (a picked or suggested skill is stored as it arrives). */
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { api } from './api/client';
import type { Skill } from './api/types';
import { currentLanguage } from './i18n';

export const skillKey = (id: string) => ['skill', id, currentLanguage()] as const;

export function useSkillLabels(ids: readonly string[]): Map<string, string> {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: skillKey(id),
      queryFn: () => api<Skill>(`/skills/${id}`, { query: { lang: currentLanguage() } }),
      staleTime: Infinity,
    })),
  });
  return new Map(ids.flatMap((id, index) => (results[index]?.data ? [[id, results[index].data.label] as const] : [])));
}

/** Remembers skills already loaded (from autocomplete or extraction), so their chips need no request. */
export function useRememberSkill() {
  const client = useQueryClient();
  return (skill: Skill) => client.setQueryData(skillKey(skill.id), skill);
}
