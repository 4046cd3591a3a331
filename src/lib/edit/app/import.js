// Import from the app: drop a .docx/.csv/.txt report, see the importer's dry run as tables, then import that plan.
import { acceptDrops, captionedTable, ctx, el, t } from './ui.js';

const $ = (id) => document.getElementById(id);

/** Texts of the import box in the current language. */
export function paintImport() {
  $('import-title').textContent = `+ ${t('importTitle')}`;
  $('import-help').textContent = t('importHelp');
  $('import-year-label').textContent = t('fiscalYear');
  const chosen = $('import-year').value;
  $('import-year').replaceChildren(
    el('option', { value: '', textContent: t('yearFromTitle') }),
    ...[...ctx.choices.years]
      .sort((a, b) => b - a)
      .map((y) => el('option', { value: String(y), textContent: String(y), selected: String(y) === chosen })),
  );
  $('import-file-label').textContent = t('importFile');
}

/** Wires the drop zone and file picker; `onImported` reloads the list after writing. */
export function setUpImport(onImported) {
  const zone = $('import-drop');
  acceptDrops(zone, ([file]) => {
    if (file) dryRun(file, onImported);
  });
  $('import-file').addEventListener('change', () => {
    const file = $('import-file').files?.[0];
    if (file) dryRun(file, onImported);
  });
}

const severityText = (s) => t('severity')[s] ?? s;

function notesTable(notes) {
  const where = (n) =>
    n.place
      ? `${t('table')} ${n.place.table}, ${t('row')} ${n.place.row}${n.place.header ? ` (${n.place.header})` : ''}`
      : '';
  return captionedTable(
    'import-notes',
    t('importNotes'),
    [t('severityHead'), t('where'), t('message')],
    notes.map((n) => ({
      className: n.severity,
      cells: [
        severityText(n.severity),
        where(n),
        [n[ctx.lang], n.text ? el('div', { className: 'help', textContent: n.text }) : null],
      ],
    })),
  );
}

async function dryRun(file, onImported) {
  const report = $('import-report');
  report.hidden = false;
  report.replaceChildren(el('p', { textContent: `${t('importReading')} ${file.name}` }));
  const year = $('import-year').value;
  const response = await ctx.api(`/api/import/plan?name=${encodeURIComponent(file.name)}&year=${year}`, {
    method: 'POST',
    body: file,
    headers: { 'content-type': 'application/octet-stream' },
  });
  const plan = await response.json();
  if (!response.ok) {
    report.replaceChildren(el('p', { className: 'bad', textContent: `${plan.th} / ${plan.en}` }));
    return;
  }
  const go = el('button', { type: 'button', id: 'import-go', textContent: t('importGo') });
  go.addEventListener('click', async () => {
    go.disabled = true;
    const done = await (
      await ctx.api('/api/import/write', { method: 'POST', body: JSON.stringify({ id: plan.id }) })
    ).json();
    report.replaceChildren(
      el('h2', { textContent: t('importDone') }),
      el('p', {
        className: done.kept?.length ? 'bad' : 'ok',
        id: 'import-result',
        textContent: `${t('importWritten')} ${done.written?.length ?? 0}; ${t('importKept')} ${done.kept?.length ?? 0}; ${t('importReport')} ${done.reportPath ?? ''}`,
      }),
      el(
        'ul',
        {},
        (done.written ?? []).map((p) => el('li', { className: 'path', textContent: p })),
      ),
      notesTable(done.notes ?? []),
    );
    onImported();
  });
  report.replaceChildren(
    ...[
      el('h2', { textContent: `${t('importDryRun')}: ${file.name}` }),
      el('p', {
        textContent: `${t('fiscalYear')} ${plan.fiscalYear}${plan.round ? `, ${t('labels').round ?? 'round'} ${plan.round}` : ''}`,
      }),
      el('div', { className: 'table-wrap' }, [
        el('table', { id: 'import-measures' }, [
          el('caption', { textContent: t('importMeasures') }),
          el('thead', {}, [
            el(
              'tr',
              {},
              [t('labels').title ?? 'Title', t('labels').issue ?? 'Issue', t('fileHead'), t('draftHead')].map((h) =>
                el('th', { scope: 'col', textContent: h }),
              ),
            ),
          ]),
          el(
            'tbody',
            {},
            plan.measures.map((m) =>
              el('tr', {}, [
                el('td', { textContent: m.title }),
                el('td', { textContent: m.issue }),
                el('td', { className: 'path', textContent: `${m.path}${m.exists ? ` (${t('exists')})` : ''}` }),
                el('td', { textContent: m.draft ? t('yes') : '' }),
              ]),
            ),
          ),
        ]),
      ]),
      plan.files.length
        ? el(
            'ul',
            {},
            plan.files.map((f) =>
              el('li', { className: 'path', textContent: `${f.path}${f.exists ? ` (${t('exists')})` : ''}` }),
            ),
          )
        : null,
      notesTable(plan.notes),
      el('p', { textContent: t('importNothingYet') }),
      go,
    ].filter(Boolean),
  );
  go.focus();
}
