// Shared state and small helpers of the editing app (no framework, no remote code).
const token = new URLSearchParams(location.search).get('token') ?? '';

/** The app's state: strings, choices, and the entry being edited. */
export const ctx = {
  token,
  lang: 'th',
  strings: {},
  choices: {},
  kinds: {},
  record: {},
  schema: {},
  kind: '',
  path: '',
  create: false,
  dirty: false,
  onYearChange: undefined,
  api: (path, init = {}) =>
    fetch(path, {
      ...init,
      headers: {
        'x-edit-token': token,
        ...(init.body && !(init.body instanceof Blob) ? { 'content-type': 'application/json' } : {}),
        ...(init.headers ?? {}),
      },
    }),
  get: async (path) => (await ctx.api(path)).json(),
};

/** A string of the current language; `{n}` is replaced by `n`. */
export function t(key, n) {
  const value = ctx.strings[ctx.lang]?.[key] ?? ctx.strings.th?.[key] ?? key;
  return typeof value === 'string' && n !== undefined ? value.replace('{n}', String(n)) : value;
}

/** A field's label: by schema path (`progress[].status`), then by name; English falls back to the name in words. */
export function label(path) {
  const names = path.filter((p) => typeof p === 'string');
  const full = path
    .map((p) => (typeof p === 'number' ? '[]' : p))
    .join('.')
    .replace(/\.\[\]/g, '[]');
  const last = names.at(-1) ?? '';
  const labels = ctx.strings[ctx.lang]?.labels ?? {};
  return (
    labels[full] ??
    labels[last] ??
    (ctx.lang === 'en'
      ? last.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase())
      : (ctx.strings.th.labels[last] ?? last))
  );
}

/** document.createElement with properties and children in one call. */
export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('aria-') || key === 'role' || key === 'for') node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of [children].flat())
    if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** Makes `zone` take dropped files (highlighted while a drag is over it) and hand them to `take`. */
export function acceptDrops(zone, take) {
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    take([...(event.dataTransfer?.files ?? [])]);
  });
}

/** A captioned table in a scrolling wrapper: `heads` are column headers; a row's cells are
 * text, an element or an array of both. */
export function captionedTable(id, caption, heads, rows) {
  return el('div', { className: 'table-wrap' }, [
    el('table', { id }, [
      el('caption', { textContent: caption }),
      el('thead', {}, [
        el(
          'tr',
          {},
          heads.map((h) => el('th', { scope: 'col', textContent: h })),
        ),
      ]),
      el(
        'tbody',
        {},
        rows.map((row) =>
          el(
            'tr',
            row.className ? { className: row.className } : {},
            row.cells.map((c) => el('td', {}, c)),
          ),
        ),
      ),
    ]),
  ]);
}
