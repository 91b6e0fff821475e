import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import type { User } from '../../lib/api/types';
import i18n from '../../lib/i18n';
import { ME_KEY } from '../../lib/session';

export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: Partial<Pick<User, 'displayName' | 'locale' | 'emailPreference'>>) =>
      api<User>('/me', { method: 'PATCH', body: changes }),
    onSuccess: async (user) => {
      if (user.locale !== i18n.language) await i18n.changeLanguage(user.locale);
      await client.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}
