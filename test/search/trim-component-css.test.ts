import { describe, expect, it } from 'vitest';
import { trimComponentCss } from '@/build/search/trim-component-css';

describe('trimComponentCss', () => {
  const css = `/* note */
:root { --pf-text: #1a1a1a; }
pagefind-results .pf-result-link:hover { color: red; }
pagefind-modal .pf-modal, .pf-result-excerpt mark { padding: 0 2px; }
.pf-searchbox-input { width: 100%; }
@media (max-width: 640px) {
  .pf-modal { inset: 0; }
  .pf-filter-group { margin: 0 auto; }
}
@media (hover: none) { .pf-dropdown-option { padding: 1rem; } }
@keyframes pf-modal-appear { from { opacity: 0; } }
@keyframes pf-shimmer { to { background-position: 0 0; } }
pagefind-filter-pane :is(*, #\\#) :focus-visible { outline: 2px solid; }`;
  const trimmed = trimComponentCss(css);

  it('keeps the rules of the results, summary and filter pane, and the variables', () => {
    expect(trimmed).toContain(':root{--pf-text:#1a1a1a;}');
    expect(trimmed).toContain('pagefind-results .pf-result-link:hover{color:red;}');
    expect(trimmed).toContain('@media (max-width: 640px){.pf-filter-group{margin:0 auto;}}');
    expect(trimmed).toContain('@keyframes pf-shimmer');
    // A space before ":" in a selector means any descendant: it stays.
    expect(trimmed).toContain('pagefind-filter-pane :is(*,#\\#) :focus-visible{');
  });

  it('drops what only the modal, the search box and the dropdowns use, selector by selector', () => {
    expect(trimmed).toContain('.pf-result-excerpt mark{padding:0 2px;}');
    expect(trimmed).not.toMatch(/pf-modal|pf-searchbox|pf-dropdown|note/);
    expect(trimmed).not.toContain('hover: none');
  });
});
