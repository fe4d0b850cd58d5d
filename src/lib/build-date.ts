// The day the site is built, in Sweden. BUILD_DATE=YYYY-MM-DD builds the site as if on that day,
// so a test can prove what time passing does (a page reviewed long ago shows a notice).

export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const date = env.BUILD_DATE;
  if (date === undefined || date === '') return todayInSweden();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    throw new Error(`BUILD_DATE=${date} är inget datum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2027-06-01, eller ta bort variabeln.`);
  }
  return date;
}

/** True when `reviewed` lies more than `months` before `today` (both YYYY-MM-DD). */
export function isOutdated(reviewed: string, today: string, months = 12): boolean {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(year, month - 1 - months, day)).toISOString().slice(0, 10);
  return reviewed < limit;
}

/** Today's date in Sweden, as YYYY-MM-DD. */
// One formatter for every call: the content check asks for today once per reviewed date, and a
// new Intl.DateTimeFormat each time was most of its time on a national content set.
let swedishDate: Intl.DateTimeFormat | undefined;

export function todayInSweden(now: Date = new Date()): string {
  swedishDate ??= new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });
  return swedishDate.format(now);
}
