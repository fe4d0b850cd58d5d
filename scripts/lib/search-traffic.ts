// What a search costs a reader in bytes: the queries both the benchmark (scripts/bench-search.ts)
// and the byte-budget test (tests/e2e/search-bytes.spec.ts) measure, the budget they hold it to,
// and the counting of a page's traffic through the Chrome DevTools Protocol.
import type { CDPSession } from '@playwright/test';

/** Twenty queries as residents type them: words, sentences, slang, places, abbreviations. */
export const benchQueries = [
  'knark', 'mamma super jämt', 'kan inte sluta spela', 'rena sprutor', 'anhörigstödet',
  'spelare', 'beroendemottagningen', 'soc', 'gräs', 'benso',
  'spelmissbruk', 'Ronneby', 'Sölvesborg', 'LARO', 'alkohol test',
  'barn till alkoholist', 'personligt ombud', 'självmordstankar', 'sambo dricker', 'avgiftning',
] as const;

/**
 * Brotli bytes over the wire, all requests: the first search from a cold cache, and one after it.
 * The requests count too, but less: the first search's five files are asked for at once when the
 * box gets focus, and the index chunks of a query's words are fetched side by side.
 */
export const searchByteBudget = { firstBytes: 100_000, firstRequests: 10, nextBytes: 10_000, nextRequests: 3 } as const;

/** Counts the requests a page makes and the bytes each transferred (headers and body, as sent). */
export class Traffic {
  private sizes = new Map<string, number>();
  private urls = new Map<string, string>();
  private open = new Set<string>();
  constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (event) => {
      this.urls.set(event.requestId, event.request.url);
      this.open.add(event.requestId);
    });
    cdp.on('Network.loadingFinished', (event) => {
      this.sizes.set(event.requestId, event.encodedDataLength);
      this.open.delete(event.requestId);
    });
    cdp.on('Network.loadingFailed', (event) => this.open.delete(event.requestId));
  }
  /** Requests still under way. */
  get pending(): number {
    return this.open.size;
  }
  mark() {
    return new Set(this.urls.keys());
  }
  since(mark: Set<string>) {
    const ids = [...this.urls.keys()].filter((id) => !mark.has(id));
    return { requests: ids.length, bytes: ids.reduce((sum, id) => sum + (this.sizes.get(id) ?? 0), 0), urls: ids.map((id) => this.urls.get(id)!) };
  }
}
