/** Lower case, accents removed, spaces collapsed: the form used to compare user text. */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded text that listings search in. */
export const organizationSearchText = (o: { name: string; city?: string | null; region?: string | null; description?: string }) =>
  foldText([o.name, o.city, o.region, o.description].filter(Boolean).join(' '));

export const postingSearchText = (p: { title: string; description: string; keywords: string[] }) =>
  foldText([p.title, p.description, ...p.keywords].join(' '));
