// The editing app in the browser: no framework, no remote code. The token
// comes from the page's own link and goes in a header on every API call.
const token = new URLSearchParams(location.search).get('token') ?? '';
const api = (path, init = {}) => fetch(path, { ...init, headers: { 'x-edit-token': token, 'content-type': 'application/json', ...(init.headers ?? {}) } });
const strings = await (await api('/api/strings')).json();
const docs = await (await api('/api/field-docs')).json();
let lang = 'th';
let current;
const $ = (id) => document.getElementById(id);

function paint() {
  const t = strings[lang];
  document.documentElement.lang = lang;
  $('title').textContent = t.appTitle;
  $('lang').textContent = t.language;
  $('path-label').textContent = t.file;
  $('open-button').textContent = t.open;
}

function frontMatter(text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? match[1] : text;
}

// Top-level plain fields only (text, numbers); lists and nested parts are edited in later forms.
function render(path, text) {
  const form = $('fields');
  form.replaceChildren();
  for (const line of frontMatter(text).split('\n')) {
    const match = /^([A-Za-z][A-Za-z0-9]*):\s+(.+)$/.exec(line);
    if (!match) continue;
    const [, key, value] = match;
    const label = Object.assign(document.createElement('label'), { htmlFor: `f-${key}`, textContent: key });
    const input = Object.assign(document.createElement('input'), { id: `f-${key}`, name: key, value: value.replace(/^"(.*)"$/, '$1') });
    const help = Object.assign(document.createElement('p'), { className: 'help', textContent: docs[key] ?? '' });
    const problem = Object.assign(document.createElement('p'), { className: 'problem', id: `p-${key}` });
    input.setAttribute('aria-describedby', `p-${key}`);
    form.append(label, help, input, problem);
  }
  form.append(Object.assign(document.createElement('button'), { textContent: strings[lang].save }));
  form.hidden = false;
  current = { path, text };
}

$('lang').addEventListener('click', () => { lang = lang === 'th' ? 'en' : 'th'; paint(); });
$('open').addEventListener('submit', async (event) => {
  event.preventDefault();
  const path = $('path').value.trim();
  const response = await api(`/api/entry?path=${encodeURIComponent(path)}`);
  const body = await response.json();
  if (!response.ok) { $('status').textContent = body[lang]; return; }
  render(path, body.text);
});
$('fields').addEventListener('submit', async (event) => {
  event.preventDefault();
  const changes = [...new FormData($('fields')).entries()].map(([key, value]) => ({ path: [key], value: /^\d+$/.test(value) && ['fiscalYear', 'order'].includes(key) ? Number(value) : value }));
  const response = await api('/api/save', { method: 'POST', body: JSON.stringify({ path: current.path, changes }) });
  const result = await response.json();
  for (const node of document.querySelectorAll('.problem')) node.textContent = '';
  for (const problem of result.problems ?? []) {
    const slot = $(`p-${(problem.field ?? '').split(/[.[]/)[0]}`) ?? $('status');
    slot.textContent = `${problem[lang]}`;
  }
  $('status').textContent = result.written ? strings[lang].saved : strings[lang].notSaved;
});
paint();
