/** The local calendar date of a moment as `YYYY-MM-DD`, for file names: the day the user sees, not the UTC one. */
export function localDateStamp(at: number | Date): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local midnight of a `YYYY-MM-DD` calendar date: the inverse of localDateStamp, for formatting the date. */
export function startOfLocalDate(stamp: string): number {
  const [y, m, d] = stamp.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}
