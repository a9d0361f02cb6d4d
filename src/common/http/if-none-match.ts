/** If-None-Match matches `etag` (weak comparison, as RFC 9110 §13.1.2 requires; `*` matches anything). */
export function ifNoneMatchHits(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return value.split(',').some((tag) => opaque(tag) === wanted);
}
