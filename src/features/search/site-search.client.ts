// <site-search>: searches as the reader types, filters and lists the results, and announces how
// many there are. The words stay on the page: they are taken out of the address at once and
// never stored or sent.
import type { Catalogue } from './catalogue.ts';
import { closeness, closestPages, pagesOnSubjects, subjectsOf, wordsOf, type SubjectWords } from './closest.ts';
import { fetchCatalogue, findPages, loadEngine, type PagefindFiles, type SearchSource } from './engine.ts';
import { receivedQuery, takeCarriedQuery } from './query-transfer.ts';
import { applyFilters, filterCounts, municipalityPageFirst, namedPagesFirst, queryWords, wordsWhileTyping, type FilterChoice, type RankedPage } from './results.ts';

const pageSize = 10;

function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, className: string, text = ''): HTMLElementTagNameMap[Tag] {
  const made = document.createElement(tag);
  made.className = className;
  made.textContent = text;
  return made;
}
const typingPause = 200;

class SiteSearch extends HTMLElement {
  private pages: RankedPage[] = [];
  private query = '';
  /** The words of the last search, so that a key that changes none of them searches nothing. */
  private searchedWords = '';
  private shown = pageSize;
  private searchId = 0;
  /** When nothing is found: the pages closest by topic, and on another language's search the Swedish pages on the subject. */
  private nearby: RankedPage[] = [];
  private swedishNearby: RankedPage[] = [];
  private swedishCatalogue: Promise<Catalogue> | undefined;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    const input = this.querySelector<HTMLInputElement>('#sok');
    const filters = this.querySelector<HTMLDetailsElement>('[data-search-filters]');
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]');
    if (!form || !input || !filters || !more) return;
    this.querySelector('[data-search-noscript]')?.remove();
    form.hidden = false;

    // Wide screens have room to show the filters at once; on a phone they wait behind one tap.
    filters.open = window.matchMedia('(min-width: 40rem)').matches;

    const initial = takeCarriedQuery(window) || receivedQuery(window.location);
    // Keep the words out of the address bar, the history entry and anything shared from it.
    if (window.location.hash || window.location.search) history.replaceState(history.state, '', window.location.pathname);

    let timer: number | undefined;
    const searchSoon = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void this.search(input.value, { typing: true }), typingPause);
    };
    input.addEventListener('focus', () => void loadEngine(this.pagefindFiles(), this.source()).catch(() => {}), { once: true });
    input.addEventListener('input', searchSoon);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(timer);
      void this.search(input.value);
    });
    filters.addEventListener('change', () => {
      this.shown = pageSize;
      this.render();
    });
    more.addEventListener('click', () => {
      const firstNew = this.shown;
      this.shown += pageSize;
      this.render();
      this.querySelectorAll<HTMLAnchorElement>('.search-result__title')[firstNew]?.focus();
    });
    // Back from a result: the browser may restore the typed words; show their results again.
    window.addEventListener('pageshow', () => {
      if (input.value.trim() && input.value.trim() !== this.query) void this.search(input.value);
    });

    if (initial) {
      input.value = initial;
      void this.search(initial);
    }
    // A link to /sok/#q=… followed from this page changes only the fragment: search for it too.
    window.addEventListener('hashchange', () => {
      const words = receivedQuery(window.location);
      history.replaceState(history.state, '', window.location.pathname);
      if (!words) return;
      input.value = words;
      void this.search(words);
    });
  }

  private async search(raw: string, { typing = false } = {}) {
    const query = raw.trim();
    const stop = this.dataset.stopWords ? new Set(this.dataset.stopWords.split(' ')) : undefined;
    const words = typing ? wordsWhileTyping(query, stop) : queryWords(query, stop);
    if (typing && query && (words.length === 0 || words.join(' ') === this.searchedWords)) {
      if (words.length > 0 && this.query) {
        this.query = query;
        this.render();
      }
      return;
    }
    const id = ++this.searchId;
    this.query = query;
    this.searchedWords = words.join(' ');
    if (!query) {
      this.pages = [];
      this.render();
      return;
    }
    this.status(this.dataset.loading ?? '');
    // Busy until this search's results are shown: assistive technology waits for them, and the
    // byte-budget test knows when a key's search is done.
    this.setAttribute('aria-busy', 'true');
    try {
      const { catalogue } = await loadEngine(this.pagefindFiles(), this.source());
      const pages = await findPages(words);
      const { closest, swedish } = pages.length === 0 ? await this.nearest(query, catalogue) : { closest: [], swedish: [] };
      if (id !== this.searchId) return;
      this.pages = municipalityPageFirst(namedPagesFirst(pages, query), query, this.municipalityNames());
      this.nearby = closest;
      this.swedishNearby = swedish;
      this.shown = pageSize;
      this.render();
    } catch {
      if (id === this.searchId) this.status(this.dataset.failed ?? '');
    } finally {
      if (id === this.searchId) this.removeAttribute('aria-busy');
    }
  }

  private source(): SearchSource | undefined {
    const { bundle, catalogue } = this.dataset;
    return bundle && catalogue ? { bundle, catalogue } : undefined;
  }

  /**
   * For a query that found nothing: the three pages of this edition closest to it by topic, and,
   * on a search in another language than Swedish, the Swedish pages on the query's subjects
   * (from its words, or else from the closest page's subjects), since most of the site is Swedish.
   */
  private async nearest(query: string, catalogue: Catalogue): Promise<{ closest: RankedPage[]; swedish: RankedPage[] }> {
    const subjectWords = JSON.parse(this.dataset.subjectWords ?? '{}') as SubjectWords;
    const own = Object.entries(catalogue)
      .filter(([, page]) => (page.edition ?? '') === (this.dataset.edition ?? ''))
      .map(([id, page]) => ({ ...page, id, matched: 0 }));
    const closest = closestPages(query, own, subjectWords);
    const swedishUrl = this.dataset.swedishCatalogue;
    if (!swedishUrl) return { closest, swedish: [] };
    const first = closest[0];
    const subjects = subjectsOf(query, subjectWords);
    if (subjects.length === 0 && first && closeness(wordsOf(query), first, subjectWords) > 0) subjects.push(...first.subjects);
    if (subjects.length === 0) return { closest, swedish: [] };
    try {
      this.swedishCatalogue ??= fetchCatalogue(swedishUrl);
      // The ordinary Swedish pages: a lättläst page would repeat one of them.
      const swedishPages = Object.entries(await this.swedishCatalogue)
        .filter(([, page]) => !page.edition)
        .map(([id, page]) => ({ ...page, id, matched: 0 }));
      return { closest, swedish: pagesOnSubjects(subjects, query, swedishPages, subjectWords) };
    } catch {
      this.swedishCatalogue = undefined;
      return { closest, swedish: [] };
    }
  }

  private choice(): FilterChoice {
    const choice: FilterChoice = {};
    this.querySelectorAll<HTMLSelectElement>('select[data-filter]').forEach((select) => {
      if (select.value) choice[select.dataset.filter as keyof FilterChoice] = select.value;
    });
    return choice;
  }

  /** The files for the page's language, if the build named them. */
  private pagefindFiles(): PagefindFiles | undefined {
    try {
      const files = JSON.parse(this.dataset.pagefindFiles ?? '') as PagefindFiles[];
      const language = document.documentElement.lang.toLowerCase();
      return files.find((file) => file.tag.startsWith(`${language}_`));
    } catch {
      return undefined;
    }
  }

  private municipalityNames(): Map<string, string> {
    const options = Array.from(this.querySelectorAll<HTMLOptionElement>('select[data-filter="kommun"] option')).filter((option) => option.value);
    return new Map(options.map((option) => [option.value, option.dataset.label ?? option.value]));
  }

  private label(filter: string, value: string): string {
    return this.querySelector<HTMLOptionElement>(`select[data-filter="${filter}"] option[value="${CSS.escape(value)}"]`)?.dataset.label ?? value;
  }

  private render() {
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const filters = this.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
    const empty = this.querySelector<HTMLElement>('[data-search-empty]')!;
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
    const choice = this.choice();
    const matching = applyFilters(this.pages, choice);

    list.replaceChildren(...matching.slice(0, this.shown).map((page) => this.resultItem(page)));
    const closest = this.querySelector<HTMLElement>('[data-search-closest]')!;
    closest.querySelector('ol')!.replaceChildren(...this.nearby.map((page) => this.resultItem(page)));
    closest.hidden = this.pages.length > 0 || this.nearby.length === 0;
    const swedish = this.querySelector<HTMLElement>('[data-search-swedish]');
    if (swedish) {
      swedish.querySelector('ul')!.replaceChildren(...this.swedishNearby.map((page) => this.resultItem(page, 'sv')));
      swedish.hidden = this.pages.length > 0 || this.swedishNearby.length === 0;
    }
    list.hidden = matching.length === 0;
    more.hidden = matching.length <= this.shown;
    empty.hidden = !this.query || matching.length > 0;
    filters.hidden = !this.query || this.pages.length === 0;
    this.updateCounts(choice);

    if (!this.query) this.status('');
    else if (matching.length !== this.pages.length) {
      this.status(this.message('countFiltered', { shown: matching.length, count: this.pages.length }));
    } else {
      this.status(this.message(matching.length === 0 ? 'countNone' : matching.length === 1 ? 'countOne' : 'countMany', { count: matching.length }));
    }
  }

  /** A result: its title as a link, what it is, and its summary; `lang` marks a page in another language. */
  private resultItem(page: RankedPage, lang?: string): HTMLLIElement {
    const item = element('li', 'search-result');
    const link = element('a', 'search-result__title', page.title);
    link.href = page.url;
    if (lang) {
      link.hreflang = lang;
      link.lang = lang;
    }
    const summary = element('p', 'search-result__summary', page.summary);
    if (lang) summary.lang = lang;
    const meta = lang ? [this.describe(page), this.dataset.inSwedish].filter(Boolean).join(' · ') : this.describe(page);
    item.append(link, element('p', 'search-result__meta', meta), summary);
    return item;
  }

  private updateCounts(choice: FilterChoice) {
    const counts = filterCounts(this.pages, choice);
    this.querySelectorAll<HTMLSelectElement>('select[data-filter]').forEach((select) => {
      const name = select.dataset.filter as keyof FilterChoice;
      for (const option of Array.from(select.options)) {
        if (!option.value) continue;
        option.textContent = `${option.dataset.label} (${counts[name].get(option.value) ?? 0})`;
      }
    });
  }

  private describe(page: RankedPage): string {
    const allMunicipalities = [...this.municipalityNames().keys()];
    const where = page.municipalities.length === 0
      ? undefined
      : allMunicipalities.every((id) => page.municipalities.includes(id))
        ? this.dataset.wholeRegion
        : page.municipalities.map((id) => this.label('kommun', id)).join(', ');
    // What the page is in words ("Stöd för anhöriga"), and its edition ("Lättläst"), so that a
    // programme, an article and the lättläst version of a page never look alike.
    const kind = page.kind ? this.words('kindLabels')[page.kind] : undefined;
    const edition = page.edition ? this.words('editionNames')[page.edition] : undefined;
    return [kind ?? this.label('sidtyp', page.type), edition, where].filter(Boolean).join(' · ');
  }

  private words(name: 'kindLabels' | 'editionNames'): Record<string, string> {
    return JSON.parse(this.dataset[name] ?? '{}') as Record<string, string>;
  }

  private message(key: 'countNone' | 'countOne' | 'countMany' | 'countFiltered', values: Record<string, number>): string {
    return (this.dataset[key] ?? '').replace(/\{(\w+)\}/g, (_, name: string) => (name === 'query' ? this.query : String(values[name] ?? '')));
  }

  private status(text: string) {
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    if (status) status.textContent = text;
  }
}

customElements.define('site-search', SiteSearch);
