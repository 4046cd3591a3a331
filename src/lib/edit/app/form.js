// Renders a form from the JSON Schema the server generated from the zod schema
// (src/lib/edit/form-schema.ts). Every field is keyed by its path written the
// way the build names fields in its problems (`evidence.photos[0].alt`), so a
// problem from a save lands next to its own field.
import { el, ctx, t, label } from './ui.js';
import { renderEvidenceExtras } from './evidence.js';

export const formatPath = (path) =>
  path.reduce((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
export const fieldId = (path) => `f-${formatPath(path).replace(/[^A-Za-z0-9]/g, '_')}`;

function getIn(path) {
  return path.reduce((value, key) => (value == null ? undefined : value[key]), ctx.record);
}
export function setIn(path, value) {
  let target = ctx.record;
  path.slice(0, -1).forEach((key, i) => {
    if (target[key] == null || typeof target[key] !== 'object') target[key] = typeof path[i + 1] === 'number' ? [] : {};
    target = target[key];
  });
  target[path.at(-1)] = value;
  ctx.dirty = true;
}

/** The whole form for the open entry. */
export function renderForm(schema) {
  const box = document.getElementById('fields');
  const measures = el(
    'datalist',
    { id: 'measure-choices' },
    (ctx.choices.measures ?? []).map((m) => el('option', { value: m })),
  );
  box.replaceChildren(
    measures,
    ...Object.entries(schema.properties ?? {}).map(([key, node]) =>
      renderField(node, [key], (schema.required ?? []).includes(key)),
    ),
  );
}

/** Re-renders after a structural change (add, remove, reorder), keeping the scroll place. */
export function rerender() {
  const y = window.scrollY;
  renderForm(ctx.schema);
  window.scrollTo(0, y);
}

/** A field's name, marked when it must be filled in. */
function title(path, required) {
  return [label(path), required ? el('span', { className: 'req', textContent: ` (${t('required')})` }) : null];
}

/** A fieldset of several controls: its name, help, problem line, then `children`. */
function group(path, node, required, children, className = 'field') {
  return el('fieldset', { className, dataset: { path: formatPath(path) } }, [
    el('legend', {}, title(path, required)),
    node.description ? el('p', { className: 'help', textContent: node.description }) : null,
    el('p', { className: 'problem', id: `${fieldId(path)}-problem` }),
    ...children,
  ]);
}

function wrap(path, node, required, control, extra = []) {
  const id = fieldId(path);
  const help = node.description
    ? el('p', { className: 'help', id: `${id}-help`, textContent: node.description })
    : null;
  const problem = el('p', { className: 'problem', id: `${id}-problem`, 'aria-live': 'polite' });
  if (control) {
    control.id ||= id;
    control.setAttribute('aria-describedby', [help && help.id, problem.id].filter(Boolean).join(' '));
  }
  const name = el('label', { htmlFor: control?.id ?? id }, title(path, required));
  return el('div', { className: 'field', dataset: { path: formatPath(path) } }, [
    name,
    help,
    control,
    ...extra,
    problem,
  ]);
}

function renderField(node, path, required) {
  const key = path.at(-1);
  const kind = node['x-kind'];
  if (kind === 'text-list' || (node.type === 'array' && node.items?.type === 'string' && !node.items.enum))
    return renderTextList(node, path, required);
  if (node.type === 'array' && node.items?.enum) return renderChecks(node, path, required);
  if (node.type === 'array' && node.items?.type === 'object') return renderObjectList(node, path, required);
  if (node.type === 'object' && node.properties) return renderObject(node, path);
  if (kind === 'day' || kind === 'period') return renderDate(node, path, required, kind);
  if (key === 'issue' && ctx.kind === 'measure') return renderSelect(node, path, required, issueOptions());
  if (node.enum)
    return renderSelect(
      node,
      path,
      required,
      node.enum.map((v) => [
        v,
        key === 'status'
          ? (t('status')[v] ?? v)
          : node['x-enum-labels']?.[v]
            ? `${node['x-enum-labels'][v]} (${v})`
            : v,
      ]),
    );
  if (node.anyOf && node.anyOf.every((o) => 'const' in o))
    return renderSelect(
      node,
      path,
      required,
      node.anyOf.map((o) => [o.const, String(o.const)]),
    );
  if (node.type === 'boolean') {
    const box = el('input', { type: 'checkbox', checked: getIn(path) === true });
    box.addEventListener('change', () => setIn(path, box.checked));
    return wrap(path, node, false, box);
  }
  return renderText(node, path, required);
}

function renderText(node, path, required) {
  const numeric = node.type === 'integer' || node.type === 'number';
  const long = ['summary', 'reason', 'source', 'action'].includes(path.at(-1));
  const input = el(long ? 'textarea' : 'input', {
    value: getIn(path) ?? '',
    ...(long ? { rows: 2 } : {}),
    ...(numeric ? { inputMode: 'numeric' } : {}),
  });
  // A photo's or document's file is set by dropping it in, never typed.
  if ((ctx.kind === 'measure' && path[0] === 'evidence') || (ctx.kind === 'oit-item' && path[0] === 'documents'))
    if (path.at(-1) === 'file') input.readOnly = true;
  if (node['x-kind'] === 'baht') input.inputMode = 'decimal';
  input.addEventListener('input', () => {
    const text = input.value.trim();
    setIn(
      path,
      numeric
        ? text === ''
          ? undefined
          : Number(text)
        : node['x-kind'] === 'baht' && /^\d+(?:\.\d+)?$/.test(text)
          ? Number(text)
          : input.value,
    );
    if (path.length === 1 && path[0] === 'fiscalYear') ctx.onYearChange?.();
  });
  return wrap(path, node, required, input);
}

function renderSelect(node, path, required, options) {
  const current = getIn(path);
  const select = el('select', {}, [
    el('option', { value: '', textContent: t('choose') }),
    ...options.map(([value, text]) =>
      el('option', { value: String(value), textContent: text, selected: String(value) === String(current ?? '') }),
    ),
  ]);
  select.addEventListener('change', () => {
    const raw = options.find(([value]) => String(value) === select.value)?.[0];
    setIn(path, select.value === '' ? undefined : raw);
  });
  return wrap(path, node, required, select);
}

function issueOptions() {
  const year = ctx.record.fiscalYear;
  return (ctx.choices.issues[year] ?? []).map((issue) => [
    issue.code,
    `${issue.number}. ${issue.title} (${issue.code})`,
  ]);
}

let timer;
function renderDate(node, path, required, kind) {
  const value = getIn(path);
  if (value && typeof value === 'object')
    return renderObject(
      { ...node, type: 'object', properties: { start: { 'x-kind': 'day' }, end: { 'x-kind': 'day' } } },
      path,
    );
  const input = el('input', {
    value: value ?? '',
    autocomplete: 'off',
    placeholder: kind === 'period' ? '๑ ต.ค. ๖๙ ถึง ๓๐ ก.ย. ๗๐' : '๓๑ มี.ค. ๗๐',
  });
  const readback = el('output', { className: 'readback', htmlFor: '' });
  const show = async () => {
    const text = input.value.trim();
    if (!text) return readback.replaceChildren();
    const answer = await ctx.get(
      `/api/date?mode=${kind}&fiscalYear=${ctx.record.fiscalYear ?? ''}&text=${encodeURIComponent(text)}`,
    );
    readback.className = answer.ok ? 'readback' : 'readback bad';
    readback.textContent = answer.ok ? `${t('readAs')}: ${answer[ctx.lang]}` : answer[ctx.lang];
  };
  input.addEventListener('input', () => {
    setIn(path, input.value);
    clearTimeout(timer);
    timer = setTimeout(show, 250);
  });
  queueMicrotask(show);
  return wrap(path, node, required, input, [readback]);
}

function renderObject(node, path) {
  const required = node.required ?? [];
  const children = Object.entries(node.properties).map(([key, child]) =>
    renderField(child, [...path, key], required.includes(key)),
  );
  const set = group(path, node, false, [
    // The drop zone comes before the lists it fills; a photo's thumbnail after its fields.
    ...(path.length === 1 ? renderEvidenceExtras(path) : []),
    ...children,
    ...(path.length > 1 ? renderEvidenceExtras(path) : []),
  ]);
  // Rarely used optional parts stay folded until opened or filled.
  if (['privacyOverride', 'social'].includes(path.at(-1)) && getIn(path) === undefined) {
    return el('details', {}, [el('summary', { textContent: label(path) }), set]);
  }
  return set;
}

function listBar(path, index, length, what) {
  const list = () => getIn(path.slice(0, -1)) ?? [];
  const move = (delta) => {
    const items = list();
    const [item] = items.splice(index, 1);
    items.splice(index + delta, 0, item);
    ctx.dirty = true;
    rerender();
    document
      .getElementById(fieldId([...path.slice(0, -1), index + delta]) + '-bar')
      ?.querySelector('button')
      ?.focus();
  };
  const button = (text, onClick, disabled = false, name = text) => {
    const b = el('button', { type: 'button', className: 'small', textContent: text, disabled });
    b.setAttribute('aria-label', `${name} ${what} ${index + 1}`);
    b.addEventListener('click', onClick);
    return b;
  };
  return el('div', { className: 'item-bar', id: `${fieldId(path)}-bar` }, [
    el('span', { className: 'grow', textContent: `${t('item')} ${index + 1}` }),
    button('↑', () => move(-1), index === 0, t('up')),
    button('↓', () => move(1), index === length - 1, t('down')),
    button(t('remove'), () => {
      list().splice(index, 1);
      ctx.dirty = true;
      rerender();
    }),
  ]);
}

function addButton(path, make, what) {
  const b = el('button', {
    type: 'button',
    className: 'secondary add',
    textContent: `+ ${t('add')}${what ? ` ${what}` : ''}`,
  });
  b.addEventListener('click', () => {
    const items = getIn(path);
    if (Array.isArray(items)) items.push(make());
    else setIn(path, typeof items === 'string' ? [items, make()] : [make()]);
    ctx.dirty = true;
    rerender();
    const all = document.querySelectorAll(
      `[data-path^="${formatPath(path)}["] input, [data-path^="${formatPath(path)}["] textarea`,
    );
    all[all.length - 1]?.focus();
  });
  return b;
}

function renderTextList(node, path, required) {
  let items = getIn(path);
  if (typeof items === 'string') items = [items];
  items ??= [];
  const what = label(path);
  const rows = items.map((text, index) => {
    const itemPath = [...path, index];
    // An assessment's answeredBy names measures as year/slug: offered from the measures that exist.
    const measures = path.at(-1) === 'answeredBy';
    const area = measures
      ? el('input', { value: text ?? '', id: fieldId(itemPath), autocomplete: 'off' })
      : el('textarea', { rows: 2, value: text ?? '', id: fieldId(itemPath) });
    if (measures) area.setAttribute('list', 'measure-choices');
    area.setAttribute('aria-label', `${what} ${index + 1}`);
    area.addEventListener('input', () => {
      const list = getIn(path);
      if (Array.isArray(list)) list[index] = area.value;
      else setIn(path, [area.value]);
      ctx.dirty = true;
    });
    return el('div', { className: 'list-item field', dataset: { path: formatPath(itemPath) } }, [
      listBar(itemPath, index, items.length, what),
      area,
      el('p', { className: 'problem', id: `${fieldId(itemPath)}-problem` }),
    ]);
  });
  return group(path, node, required, [...rows, addButton(path, () => '', what)]);
}

function renderObjectList(node, path, required) {
  const items = getIn(path) ?? [];
  const what = label(path);
  const rows = items.map((item, index) => {
    const itemPath = [...path, index];
    const inner = renderObject({ ...node.items, description: undefined }, itemPath);
    inner.querySelector('legend')?.remove();
    return el('div', { className: 'list-item field', dataset: { path: formatPath(itemPath) } }, [
      listBar(itemPath, index, items.length, what),
      inner,
    ]);
  });
  const dropped =
    path.at(-2) === 'evidence' || (ctx.kind === 'oit-item' && path.length === 1 && path[0] === 'documents');
  const extras = dropped ? renderEvidenceExtras(path) : [addButton(path, () => ({}), what)];
  return group(path, node, required, [
    ...rows,
    ...extras,
    ...(path.at(-2) === 'evidence' && path.at(-1) === 'links' ? [addButton(path, () => ({}), what)] : []),
  ]);
}

function renderChecks(node, path, required) {
  const chosen = new Set(getIn(path) ?? []);
  const boxes = node.items.enum.map((value) => {
    const box = el('input', { type: 'checkbox', checked: chosen.has(value), value, id: `${fieldId(path)}-${value}` });
    box.addEventListener('change', () => {
      const now = new Set(getIn(path) ?? []);
      if (box.checked) now.add(value);
      else now.delete(value);
      setIn(
        path,
        node.items.enum.filter((v) => now.has(v)),
      );
    });
    const name = node.items['x-enum-labels']?.[value];
    return el('label', { htmlFor: box.id }, [box, name ? `${name} (${value})` : value]);
  });
  return group(path, node, required, boxes, 'field checks');
}

/** Puts each problem next to its field (or the nearest enclosing one); returns those with no place. */
export function showProblems(problems) {
  for (const node of document.querySelectorAll('#fields .problem')) node.replaceChildren();
  for (const node of document.querySelectorAll('.has-problem')) node.classList.remove('has-problem');
  const left = [];
  for (const problem of problems) {
    let field = problem.field ?? '';
    let slot;
    while (field && !slot) {
      slot = document.querySelector(`#fields [data-path="${CSS.escape(field)}"]`);
      if (!slot)
        field = field.replace(/(\.[^.[\]]+|\[\d+\])$/, '') === field ? '' : field.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    }
    const target = slot && [...slot.querySelectorAll('.problem')].find((p) => p.closest('[data-path]') === slot);
    if (!target) {
      left.push(problem);
      continue;
    }
    slot.classList.add('has-problem');
    target.append(
      el('span', {
        className: problem.severity === 'warning' ? 'warning' : '',
        textContent: `${problem.th} / ${problem.en}`,
      }),
      el('br'),
    );
  }
  return left;
}
