/**
 * Pagefind's filter pane lists a filter's values as text sorts them
 * ("ตัวชี้วัด ๑, ๑๐, ๒") and prints counts in Arabic digits. This puts the
 * values in the order of the number they carry and prints the counts (and the
 * result summary, and what it announces to screen readers) in the site's digits.
 * Runs in the browser, on every change the component UI makes.
 */
const THAI_ZERO = 0x0e50;
const toThai = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
const toArabic = (text: string) => text.replace(/[\u0e50-\u0e59]/gu, (d) => String(d.charCodeAt(0) - THAI_ZERO));

/** The first number in a value ("ตัวชี้วัด ๑๐ …" → 10); values without one go last. */
function numberIn(value: string): number {
  const match = /[0-9\u0e50-\u0e59]+/u.exec(value);
  return match ? Number(toArabic(match[0])) : Number.POSITIVE_INFINITY;
}

const valueOf = (label: Element) => label.querySelector('input')?.value ?? label.textContent ?? '';
const byNumber = (a: Element, b: Element) =>
  numberIn(valueOf(a)) - numberIn(valueOf(b)) || valueOf(a).localeCompare(valueOf(b), 'th');

function convertDigits(element: Element): void {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const thai = toThai(node.nodeValue ?? '');
    if (thai !== node.nodeValue) node.nodeValue = thai;
  }
}

/** Pagefind's parts whose every digit is a count: the summary line and its live regions for screen readers. */
export const WHOLE_TEXT = 'pagefind-summary, [data-pagefind-announcer]';

/** Sorts every filter's values by number and, on a Thai-digit site, prints counts in Thai digits. */
export function tidyFilters(root: Element, thaiDigits: boolean): void {
  for (const options of root.querySelectorAll('.pf-filter-options')) {
    const labels = [...options.children];
    const sorted = [...labels].sort(byNumber);
    // Only when the order is wrong: moving nodes would otherwise loop with the observer.
    if (sorted.some((label, i) => label !== labels[i])) options.append(...sorted);
  }
  if (!thaiDigits) return;
  // The summary and the screen-reader announcer are all text; the filter pane only its counts.
  const counts = root.matches(WHOLE_TEXT)
    ? [root]
    : root.querySelectorAll('.pf-filter-checkbox-count, .pf-filter-group-count');
  for (const count of counts) convertDigits(count);
}

/** Keeps `root` (the filter pane, the summary or the announcer, never the result list) tidy as the component UI renders into it. */
export function watchFilters(root: Element, thaiDigits: boolean): void {
  const tidy = () => tidyFilters(root, thaiDigits);
  new MutationObserver(tidy).observe(root, { subtree: true, childList: true, characterData: true });
  tidy();
}
