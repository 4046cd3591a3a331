import mammoth from 'mammoth';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlToText } from './html-text';
import { ImportError } from './import-error';
import type { SourceDocument, SourceTable } from './types';

/**
 * Word documents go through mammoth, which turns real Word tables into HTML
 * tables (merged cells as rowspan/colspan, Word's automatic numbering as
 * ordered lists) so this module only has to read plain HTML.
 */
export async function readDocxDocument(file: string, buffer: Buffer): Promise<SourceDocument> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      `เปิดไฟล์ Word ${file} ไม่ได้ (${reason}) — ลองเปิดใน Word แล้วบันทึกเป็น .docx ใหม่ / cannot open the Word file ${file} (${reason}): open it in Word and save it again as .docx`,
    );
  }
  return readHtmlDocument(file, html);
}

/** Reads mammoth's HTML: top-level paragraphs become lines, top-level tables become tables. */
export function readHtmlDocument(file: string, html: string): SourceDocument {
  const root = parse(html);
  const lines: string[] = [];
  const tables: SourceTable[] = [];
  let before: string[] = [];
  for (const node of root.childNodes) {
    const element = node as HTMLElement;
    if (element.tagName === 'TABLE') {
      tables.push({ ...readTable(element, tables.length + 1), before });
      before = [];
    } else {
      const text = htmlToText(element.toString());
      if (text) {
        lines.push(...text.split('\n'));
        before.push(...text.split('\n'));
      }
    }
  }
  return { file, lines, tables };
}

function readTable(table: HTMLElement, index: number): SourceTable {
  const grid: string[][] = [];
  const spanned = new Set<string>();
  const rows = table.querySelectorAll('tr').filter((tr) => closestTable(tr) === table);
  rows.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of tr.childNodes as HTMLElement[]) {
      if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
      while (grid[r]![c] !== undefined) c += 1;
      const text = htmlToText(listMarkers(cell).innerHTML);
      const colspan = Math.max(1, Number(cell.getAttribute('colspan') ?? 1) || 1);
      const rowspan = Math.max(1, Number(cell.getAttribute('rowspan') ?? 1) || 1);
      for (let dr = 0; dr < rowspan; dr += 1) {
        for (let dc = 0; dc < colspan; dc += 1) {
          grid[r + dr] ??= [];
          grid[r + dr]![c + dc] = text;
          if (dr || dc) spanned.add(`${r + dr},${c + dc}`);
        }
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const filled = grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
  return { index, rows: filled, spanned };
}

function closestTable(element: HTMLElement): HTMLElement | null {
  let node = element.parentNode;
  while (node && node.tagName !== 'TABLE') node = node.parentNode;
  return node;
}

/** Word's automatic numbering has no digits in the text; write them so the steps keep their numbers. */
function listMarkers(cell: HTMLElement): HTMLElement {
  for (const list of cell.querySelectorAll('ol, ul')) {
    const ordered = list.tagName === 'OL';
    (list.childNodes as HTMLElement[])
      .filter((li) => li.tagName === 'LI')
      .forEach((li, i) => li.insertAdjacentHTML('afterbegin', ordered ? `${i + 1}. ` : '- '));
  }
  return cell;
}
