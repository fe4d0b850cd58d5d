/** The host a link leads to, as readers recognise it: "www.1177.se/…" → "1177.se". */
export const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');
