/**
 * Browser side of the search page. Nothing of Pagefind is downloaded until the
 * reader types (or arrives with ?q= from the header box): then Pagefind's
 * component UI (results, summary, filters) is loaded from the site's own
 * pagefind/ folder, and every query is cut into search units before it reaches
 * Pagefind, exactly as the pages were cut when they were indexed.
 */
import { searchRanked, type PagefindResultLike } from './ranked-search';
import { watchFilters } from './tidy-filters';

interface SearchResponse {
  results: PagefindResultLike[];
}
interface ComponentInstance {
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  __pagefind__: { search(term: string | null, options?: unknown): Promise<SearchResponse | null> } | null;
}
interface PagefindComponents {
  getInstanceManager(): { getInstance(name?: string): ComponentInstance };
}
declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

const EMPTY_RESULT = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {}, timings: [] };

function loadFile(tag: 'script' | 'link', url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const element = document.createElement(tag);
    if (element instanceof HTMLLinkElement) Object.assign(element, { rel: 'stylesheet', href: url });
    else Object.assign(element, { src: url, async: true });
    element.addEventListener('load', () => resolve());
    element.addEventListener('error', () => reject(new Error(`could not load ${url}`)));
    document.head.append(element);
  });
}

async function loadComponents(bundle: string): Promise<ComponentInstance> {
  await Promise.all([
    loadFile('link', `${bundle}pagefind-component-ui.css`),
    loadFile('script', `${bundle}pagefind-component-ui.js`),
  ]);
  const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');
  await instance.triggerLoad();
  const pagefind = instance.__pagefind__;
  if (!pagefind) throw new Error('Pagefind did not start');
  const search = pagefind.search.bind(pagefind);
  pagefind.search = async (term, options) => {
    if (term === null) return search(null, options);
    return (await searchRanked(search, term, options)) ?? EMPTY_RESULT;
  };
  return instance;
}

/** Wires the search form found in `panel` (see SearchPanel.astro). */
export function startSearchPage(panel: HTMLElement): void {
  const input = panel.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const results = panel.querySelector<HTMLElement>('[data-search-results]')!;
  const bundle = panel.dataset.bundle!;
  const thaiDigits = panel.dataset.digits === 'thai';
  for (const part of results.querySelectorAll('pagefind-filter-pane, pagefind-summary')) watchFilters(part, thaiDigits);
  let loading: Promise<ComponentInstance> | null = null;
  let timer: number | undefined;

  const run = async () => {
    if (!loading) {
      status.textContent = panel.dataset.loadingText ?? '';
      loading = loadComponents(bundle);
    }
    try {
      const instance = await loading;
      status.textContent = '';
      results.hidden = false;
      instance.triggerSearch(input.value.trim());
    } catch (error) {
      loading = null;
      status.textContent = panel.dataset.failedText ?? '';
      console.error(error);
    }
  };
  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 200);
  };

  panel.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run();
  });
  input.addEventListener('input', schedule);
  const q = new URLSearchParams(window.location.search).get('q');
  if (q) {
    input.value = q;
    void run();
  }
}
