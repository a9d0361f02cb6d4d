/**
 * The instant `days` business days after `from`: Saturdays and Sundays do not count (nor do the `holidays`,
 * given as YYYY-MM-DD in UTC). The legal term of an ARCO request is counted this way (20 business days under
 * the Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados).
 */
export function addBusinessDays(from: Date, days: number, holidays: readonly string[] = []): Date {
  const skip = new Set(holidays);
  const d = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    if (skip.has(d.toISOString().slice(0, 10))) continue;
    left -= 1;
  }
  return d;
}
