// The editing app: list of content, the form of one entry, save, build, language switch.
import { captionedTable, ctx, el, label, t } from './ui.js';
import { renderForm, showProblems } from './form.js';
import { paintImport, setUpImport } from './import.js';
import { paintPreview, refreshPreview, showPreview } from './preview.js';

const $ = (id) => document.getElementById(id);
const KIND_ORDER = ['measure', 'oit-item', 'announcement', 'report', 'assessment', 'organisation', 'framework'];
const MDX_KINDS = new Set(['measure', 'announcement', 'oit-item']);

async function boot() {
  [ctx.strings, ctx.kinds, ctx.choices] = await Promise.all([
    ctx.get('/api/strings'),
    ctx.get('/api/kinds'),
    ctx.get('/api/choices'),
  ]);
  ctx.lang = localStorage.getItem('edit-lang') === 'en' ? 'en' : 'th';
  paint();
  await loadEntries();
  const wanted = new URLSearchParams(location.hash.slice(1)).get('path');
  if (wanted) await openEntry(wanted);
}

/** Every fixed text of the page, in the chosen language. */
function paint() {
  document.documentElement.lang = ctx.lang;
  document.title = t('appTitle');
  $('title').textContent = t('appTitle');
  $('lang').textContent = t('language');
  $('lang').lang = ctx.lang === 'th' ? 'en' : 'th';
  $('build').textContent = ctx.lang === 'th' ? 'สร้างเว็บไซต์ / Build' : 'Build / สร้างเว็บไซต์';
  $('entries-title').textContent = t('entries');
  $('new-title').textContent = `+ ${t('newEntry')}`;
  $('new-kind-label').textContent = label(['kind']);
  $('new-kind').replaceChildren(
    ...['measure', 'oit-item', 'announcement', 'report', 'assessment'].map((k) =>
      el('option', { value: k, textContent: t('kinds')[k] }),
    ),
  );
  $('new-year-label').textContent = t('fiscalYear');
  const years = [...ctx.choices.years].sort((a, b) => b - a);
  const chosenYear = $('new-year').value;
  $('new-year').replaceChildren(
    ...years.map((y) => el('option', { value: String(y), textContent: String(y), selected: String(y) === chosenYear })),
  );
  $('new-name-label').textContent = t('fileName');
  $('new-code-label').textContent = t('oitCode');
  paintCodes();
  $('new-create').textContent = t('create');
  $('save').textContent = t('save');
  $('body-label').textContent = t('body');
  $('twin-button').textContent = t('makeTwin');
  $('twin-button').hidden = !(ctx.kind === 'announcement' && !ctx.create && ctx.record.lang !== 'en');
  paintImport();
  paintPreview();
  if (ctx.path) {
    $('editor-title').textContent =
      `${t('kinds')[ctx.kind] ?? ctx.kind}: ${ctx.record.title ?? ctx.record.name ?? ctx.path}`;
    renderForm(ctx.schema);
  }
}

async function loadEntries() {
  const entries = await ctx.get('/api/entries');
  // Measures are many: one group per fiscal year, newest first.
  const groups = KIND_ORDER.flatMap((kind) => {
    const list = entries.filter((e) => e.kind === kind);
    if (kind !== 'measure' && kind !== 'oit-item') return [[t('kinds')[kind], list]];
    const years = [...new Set(list.map((e) => e.path.split('/')[1]))].sort().reverse();
    return years.map((year) => [
      `${t('kinds')[kind]} ${t('fiscalYear')} ${year}`,
      list.filter((e) => e.path.split('/')[1] === year),
    ]);
  }).filter(([, list]) => list.length);
  $('entries').replaceChildren(
    ...groups.flatMap(([heading, list]) => [
      el('h3', { textContent: heading }),
      el(
        'ul',
        {},
        list.map((entry) => {
          const link = el('a', {
            href: `#path=${encodeURIComponent(entry.path)}`,
            textContent: entry.title,
            title: entry.path,
          });
          if (entry.path === ctx.path) link.setAttribute('aria-current', 'page');
          link.addEventListener('click', (event) => {
            event.preventDefault();
            openEntry(entry.path);
          });
          return el('li', {}, [link]);
        }),
      ),
    ]),
  );
}

async function openEntry(path) {
  if (ctx.dirty && !confirm(t('unsaved'))) return;
  const response = await ctx.api(`/api/entry?path=${encodeURIComponent(path)}`);
  const entry = await response.json();
  if (!response.ok) {
    $('status').textContent = entry[ctx.lang];
    return;
  }
  start(entry.kind, path, entry.data, entry.body, false);
}

function start(kind, path, data, body, create) {
  Object.assign(ctx, { kind, path, record: data ?? {}, schema: ctx.kinds[kind], create, dirty: false, body });
  ctx.onYearChange = () => {
    if (kind === 'measure') renderForm(ctx.schema);
  };
  history.replaceState(null, '', `${location.search}#path=${encodeURIComponent(path)}`);
  $('editor').hidden = false;
  $('editor-path').textContent = `content/${path}`;
  $('body-box').hidden = !MDX_KINDS.has(kind);
  $('body').value = body ?? '';
  $('status').textContent = '';
  $('general-problems').replaceChildren();
  paint();
  loadEntries();
  refreshPreview();
}

/** The O-codes of the chosen year's framework, shown when the new entry is an OIT item page. */
function paintCodes() {
  const oit = $('new-kind').value === 'oit-item';
  $('new-code-box').hidden = !oit;
  $('new-name-box').hidden = oit;
  const items = ctx.choices.oitItems?.[$('new-year').value] ?? [];
  $('new-code').replaceChildren(
    el('option', { value: '', textContent: t('choose') }),
    ...items.map((i) => el('option', { value: i.code, textContent: `${i.code} ${i.title}` })),
  );
}
$('new-kind').addEventListener('change', paintCodes);
$('new-year').addEventListener('change', paintCodes);

$('new-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const kind = $('new-kind').value;
  const year = Number($('new-year').value);
  const name = $('new-name').value.trim().toLowerCase();
  // An OIT item page is named by its O-code in that year's framework, picked from the list.
  const code = $('new-code').value;
  if (kind === 'oit-item' ? !code : !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name) && kind !== 'assessment') {
    $(kind === 'oit-item' ? 'new-code' : 'new-name').setAttribute('aria-invalid', 'true');
    $(kind === 'oit-item' ? 'new-code' : 'new-name').focus();
    return;
  }
  const path = {
    measure: `measures/${year}/${name}.mdx`,
    'oit-item': `oit/${year}/${code}.mdx`,
    announcement: `announcements/${name}.mdx`,
    report: `reports/${name}.yaml`,
    assessment: `assessments/${year}.yaml`,
  }[kind];
  start(kind, path, kind === 'oit-item' ? {} : { fiscalYear: year }, MDX_KINDS.has(kind) ? '\n' : undefined, true);
  $('new-box').open = false;
});

$('editor').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('save').disabled = true;
  $('status').textContent = t('saving');
  const body = MDX_KINDS.has(ctx.kind) ? $('body').value : undefined;
  const response = await ctx.api('/api/save', {
    method: 'POST',
    body: JSON.stringify({
      path: ctx.path,
      data: orderLike(ctx.schema, ctx.record),
      ...(body !== undefined ? { body } : {}),
      ...(ctx.create ? { create: true } : {}),
    }),
  });
  const result = await response.json();
  $('save').disabled = false;
  const problems = result.problems ?? (result.th ? [{ severity: 'error', th: result.th, en: result.en }] : []);
  const left = showProblems(problems);
  $('general-problems').replaceChildren(
    ...left.map((p) =>
      el('p', {
        className: p.severity === 'warning' ? '' : 'bad',
        textContent: `${p.field ? `${p.field}: ` : ''}${p.th} / ${p.en}`,
      }),
    ),
  );
  ctx.lastSaveOk = Boolean(result.written);
  if (result.written) {
    ctx.create = false;
    ctx.dirty = false;
    const warn = problems.length > 0;
    $('status').replaceChildren(
      ...[
        el('span', { className: warn ? 'bad' : 'ok', textContent: warn ? t('savedWithWarnings') : t('saved') }),
        result.history
          ? el('span', { className: 'path', textContent: ` ${t('previousKept')} ${result.history}` })
          : null,
      ].filter(Boolean),
    );
    loadEntries();
    refreshPreview(1200);
  } else {
    $('status').replaceChildren(el('span', { className: 'bad', textContent: t('notSaved') }));
    document
      .querySelector('#fields .has-problem input, #fields .has-problem textarea, #fields .has-problem select')
      ?.focus();
  }
});

// An announcement's English twin: a second file with lang: en and the same translationKey, so each links to the other.
$('twin-button').addEventListener('click', async () => {
  const name = ctx.path
    .split('/')
    .pop()
    .replace(/\.mdx?$/, '');
  const key = ctx.record.translationKey || name;
  if (!ctx.record.translationKey) {
    ctx.record.translationKey = key;
    $('editor').requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 300));
    while ($('save').disabled) await new Promise((resolve) => setTimeout(resolve, 200));
    if (!ctx.lastSaveOk) return;
  }
  const { kind, date, fiscalYear, signatory, number, oitTopics } = ctx.record;
  start(
    'announcement',
    `announcements/${name}-en.mdx`,
    { kind, title: '', number, date, fiscalYear, signatory, lang: 'en', translationKey: key, oitTopics },
    '\n',
    true,
  );
});

$('lang').addEventListener('click', () => {
  ctx.lang = ctx.lang === 'th' ? 'en' : 'th';
  localStorage.setItem('edit-lang', ctx.lang);
  paint();
  loadEntries();
});

$('build').addEventListener('click', async () => {
  const report = $('build-report');
  report.hidden = false;
  $('build').disabled = true;
  report.replaceChildren(el('p', { textContent: t('building') }));
  let state = await (await ctx.api('/api/build', { method: 'POST' })).json();
  while (state.running) {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    state = await ctx.get('/api/build');
    report.replaceChildren(
      el('p', { textContent: t('building') }),
      el('pre', { textContent: state.log.split('\n').slice(-12).join('\n') }),
    );
  }
  $('build').disabled = false;
  if (!$('preview').hidden) showPreview();
  const summary = state.log
    .split('\n')
    .filter((line) => /^(•|✓|✗|ข้อผิดพลาด|คำเตือน|\s{2}\S)/.test(line))
    .join('\n');
  report.replaceChildren(
    ...[
      el('h2', { textContent: t('report') }),
      el('p', {
        className: state.ok ? 'ok' : 'bad',
        id: 'build-result',
        textContent: state.ok ? t('built', state.seconds) : t('buildFailed'),
      }),
      state.oit?.length ? oitTable(state.oit) : null,
      el('pre', { textContent: summary || state.log.slice(-4000) }),
      el('details', {}, [el('summary', { textContent: 'log' }), el('pre', { textContent: state.log.slice(-20000) })]),
    ].filter(Boolean),
  );
});

/** How many OIT items of each year the built site answers, and which it does not yet. */
function oitTable(rows) {
  return captionedTable(
    'oit-summary',
    t('oitSummary'),
    [t('fiscalYear'), t('oitAnswered'), t('oitMissing')],
    rows.map((r) => ({ cells: [String(r.fiscalYear), `${r.answered} / ${r.total}`, r.missing.join(', ')] })),
  );
}

/** The record with its keys in schema order, so a new file reads in the same order as the form. */
function orderLike(schema, value) {
  if (Array.isArray(value)) return value.map((item) => orderLike(schema?.items, item));
  if (!value || typeof value !== 'object' || !schema?.properties) return value;
  const keys = [
    ...Object.keys(schema.properties).filter((k) => k in value),
    ...Object.keys(value).filter((k) => !(k in schema.properties)),
  ];
  return Object.fromEntries(keys.map((k) => [k, orderLike(schema.properties[k], value[k])]));
}

setUpImport(() => loadEntries());
// A link to another entry (or the browser's back button) opens that entry.
window.addEventListener('hashchange', () => {
  const wanted = new URLSearchParams(location.hash.slice(1)).get('path');
  if (wanted && wanted !== ctx.path) openEntry(wanted);
});
$('preview-button').addEventListener('click', () => showPreview());
window.addEventListener('beforeunload', (event) => {
  if (ctx.dirty) event.preventDefault();
});
boot();
