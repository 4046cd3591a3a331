// Photos and documents of a measure: drop or pick files, copied by the server
// into content/evidence/<year>/ under a safe name; thumbnails, GPS notice and
// the one-click shrink for a photo over the size limit.
import { acceptDrops, ctx, el, t } from './ui.js';
import { rerender } from './form.js';

const facts = new Map();
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

/** Extra parts of the form under `evidence` (the drop zone) and under each photo (thumbnail and notices). */
export function renderEvidenceExtras(path) {
  if (path.length === 1 && path[0] === 'evidence' && ctx.kind === 'measure') return [dropZone()];
  if (path.length === 1 && path[0] === 'documents' && ctx.kind === 'oit-item') return [dropZone()];
  if (path.length === 3 && path[0] === 'evidence' && path[1] === 'photos') return [photoPreview(path[2])];
  return [];
}

function dropZone() {
  const input = el('input', {
    type: 'file',
    multiple: true,
    accept: '.jpg,.jpeg,.png,.webp,.pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp',
    id: 'evidence-pick',
    tabIndex: -1,
    'aria-label': t('pickFiles'),
  });
  input.style.cssText = 'position:absolute;width:1px;height:1px;opacity:0';
  const pick = el('button', { type: 'button', className: 'secondary', textContent: t('pickFiles') });
  pick.addEventListener('click', () => input.click());
  input.addEventListener('change', () => addFiles([...input.files]));
  const zone = el('div', { className: 'drop', id: 'evidence-drop' }, [
    el('p', { textContent: `${t('dropHere')} ` }, [pick]),
    input,
    el('p', { id: 'upload-status', role: 'status' }),
  ]);
  acceptDrops(zone, addFiles);
  return zone;
}

async function addFiles(files) {
  const status = document.getElementById('upload-status');
  // An OIT item page's year is its folder (oit/<year>/<code>.mdx); a measure's is its field.
  const year = ctx.kind === 'oit-item' ? ctx.path.split('/')[1] : ctx.record.fiscalYear;
  for (const file of files) {
    status.textContent = `${t('uploading')} ${file.name}`;
    const response = await ctx.api(`/api/upload?year=${year ?? ''}&name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      body: file,
      headers: { 'content-type': 'application/octet-stream' },
    });
    const answer = await response.json();
    if (!response.ok) {
      status.textContent = answer[ctx.lang];
      return;
    }
    facts.set(answer.file, answer);
    const title = file.name.replace(/\.[^.]+$/, '');
    if (ctx.kind === 'oit-item') {
      (ctx.record.documents ??= []).push({ file: answer.file, title });
    } else {
      const evidence = (ctx.record.evidence ??= {});
      if (answer.kind === 'photo') (evidence.photos ??= []).push({ file: answer.file, alt: '', caption: '' });
      else (evidence.documents ??= []).push({ file: answer.file, title });
    }
    ctx.dirty = true;
  }
  status.textContent = '';
  rerender();
}

function photoPreview(index) {
  const photo = ctx.record.evidence?.photos?.[index];
  const box = el('div', { className: 'photo-extra' });
  if (!photo?.file || !/^[a-z0-9][a-z0-9._/-]*$/.test(photo.file)) return box;
  const img = el('img', {
    className: 'thumb',
    alt: '',
    src: `/thumb?file=${encodeURIComponent(photo.file)}&token=${encodeURIComponent(ctx.token)}`,
    width: 240,
    height: 180,
  });
  box.append(img);
  const show = (info) => {
    box.querySelectorAll('.notice').forEach((n) => n.remove());
    if (info.gps) box.append(el('p', { className: 'notice gps', textContent: t('gpsFound') }));
    if (info.oversize) {
      const button = el('button', { type: 'button', className: 'small', textContent: t('shrink') });
      button.addEventListener('click', async () => {
        button.disabled = true;
        const response = await ctx.api('/api/shrink', { method: 'POST', body: JSON.stringify({ file: photo.file }) });
        const after = await response.json();
        facts.set(photo.file, after);
        show(after);
        box.append(el('p', { className: 'notice', textContent: t('shrunk', mb(after.bytes)) }));
        img.src = `${img.src.split('&v=')[0]}&v=${Date.now()}`;
      });
      box.append(el('p', { className: 'notice oversize' }, [`${t('oversize', mb(info.bytes))} `, button]));
    }
  };
  const known = facts.get(photo.file);
  if (known) show(known);
  else
    ctx.get(`/api/evidence?file=${encodeURIComponent(photo.file)}`).then((info) => {
      if (info.file) {
        facts.set(photo.file, info);
        show(info);
      }
    });
  return box;
}
