// The preview beside the form: the real site from Astro's dev server, reloaded after each save.
import { ctx, t } from './ui.js';

const $ = (id) => document.getElementById(id);
let base = '';

/** The site address of the entry being edited, from its own fields (the same routes as src/pages/). */
export function pagePathOf(kind, path, record) {
  const name = (record.slug || path.split('/').pop() || '').replace(/\.(?:mdx?|ya?ml)$/, '');
  switch (kind) {
    case 'measure':
      return record.issue ? `${record.fiscalYear}/${record.issue}/${name}/` : `${record.fiscalYear}/`;
    case 'announcement':
      return `announcements/${name}/`;
    case 'report':
      return `${record.fiscalYear}/round-${record.round}/`;
    case 'assessment':
      return `assessment/${record.fiscalYear}/`;
    case 'framework':
      return `${record.fiscalYear}/`;
    case 'oit-item':
      return `oit/${path.split('/')[1]}/${name}/`;
    default:
      return '';
  }
}

export function paintPreview() {
  $('preview-button').textContent = t('preview');
  $('preview-title').textContent = t('previewTitle');
  $('preview-frame').title = t('previewTitle');
}

/** Opens the pane (starting the dev server the first time) and shows the entry's page. */
export async function showPreview() {
  $('preview').hidden = false;
  $('main').classList.add('with-preview');
  let state = await (await ctx.api('/api/preview', { method: 'POST' })).json();
  while (state.running && !state.ready && !state.error) {
    $('preview-status').textContent = t('previewStarting');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    state = await ctx.get('/api/preview');
  }
  if (!state.ready) {
    $('preview-status').textContent = state.error ?? t('previewFailed');
    return;
  }
  base = state.url;
  refreshPreview();
}

/** Shows the current entry's page again (after a save, when the dev server has re-read the file). */
export function refreshPreview(delay = 0) {
  if (!base || $('preview').hidden) return;
  setTimeout(() => {
    const url = `${base}${pagePathOf(ctx.kind, ctx.path, ctx.record)}`;
    $('preview-status').textContent = ctx.create ? t('previewAfterSave') : url;
    $('preview-frame').src = ctx.create ? 'about:blank' : `${url}?v=${Date.now()}`;
  }, delay);
}
