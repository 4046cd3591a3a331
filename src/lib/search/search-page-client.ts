/**
 * Browser side of the search page. Nothing of Pagefind is downloaded until the
 * reader types (or arrives with ?q= from the header box): then Pagefind's
 * component UI (results, summary, filters) is loaded from the site's own
 * pagefind/ folder, and every query is cut into search units before it reaches
 * Pagefind, exactly as the pages were cut when they were indexed.
 */
import { searchRanked, type PagefindResultLike } from './ranked-search';
import { markResultWords, stripWordStarts } from './result-words';
import { watchFilters } from './tidy-filters';

interface SearchResponse {
  results: PagefindResultLike[];
}
interface ResultData {
  excerpt: string;
  meta?: Record<string, string>;
  sub_results?: { excerpt: string }[];
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

/**
 * Pagefind's own result card, with the title taken as HTML (`meta.title_html`, made here) so that it
 * carries the Thai line-break elements as the excerpt does; Pagefind's `{{ }}` would print them as text.
 */
const RESULT_TEMPLATE = `<li class="pf-result"><div class="pf-result-card"><div class="pf-result-content">
<p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{+ meta.title_html +}}</a></p>
{{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
</div></div></li>`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Turns the index's word-start marks into Thai line-break elements, in a result's title and excerpts. */
function markWords(result: PagefindResultLike): void {
  const load = result.data.bind(result) as () => Promise<ResultData>;
  (result as { data: () => Promise<ResultData> }).data = async () => {
    const data = await load();
    const title = data.meta?.title ?? '';
    data.meta = { ...data.meta, title: stripWordStarts(title), title_html: markResultWords(escapeHtml(title)) };
    data.excerpt = markResultWords(data.excerpt);
    for (const sub of data.sub_results ?? []) sub.excerpt = markResultWords(sub.excerpt);
    return data;
  };
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

async function loadComponents(bundle: string, results: HTMLElement, thaiDigits: boolean): Promise<ComponentInstance> {
  // Templates are read when the component starts, so this goes in before its script.
  const template = Object.assign(document.createElement('script'), { type: 'text/pagefind-template' });
  template.textContent = RESULT_TEMPLATE;
  results.querySelector('pagefind-results')?.append(template);
  await Promise.all([
    loadFile('link', `${bundle}pagefind-component-ui.css`),
    loadFile('script', `${bundle}pagefind-component-ui.js`),
  ]);
  const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');
  // Pagefind tells screen readers "80 results" in live regions of its own, made with the instance.
  for (const announcer of document.querySelectorAll('[data-pagefind-announcer]')) watchFilters(announcer, thaiDigits);
  await instance.triggerLoad();
  const pagefind = instance.__pagefind__;
  if (!pagefind) throw new Error('Pagefind did not start');
  const search = pagefind.search.bind(pagefind);
  pagefind.search = async (term, options) => {
    if (term === null) return search(null, options);
    const found = await searchRanked(search, term, options);
    found?.results.forEach(markWords);
    return found ?? EMPTY_RESULT;
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
      loading = loadComponents(bundle, results, thaiDigits);
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
