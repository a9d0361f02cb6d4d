/** Case, accents and spacing folded: how names are compared and searched ("Jalisco" finds "JALISCO "). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `query` (folded) occurs in any of the texts (folded); an empty query matches everything. */
export function matchesText(query: string | undefined, ...texts: (string | null | undefined)[]): boolean {
  const q = query === undefined ? '' : foldText(query);
  return q === '' || texts.some((t) => t != null && foldText(t).includes(q));
}
