import type { Page } from 'playwright-core';

/** How the first report table lays out under print media: a real table with borders, or phone cards. */
export interface PrintedTable {
  tableDisplay: string;
  rowDisplay: string;
  /** Widest column header, in CSS px: 1 when the header row is hidden as on phones. */
  headerWidth: number;
  /** A cell's own label (the ::before of phone cards); 'none' in a table. */
  cellLabel: string;
  cellBorder: string;
}

export function readPrintedTable(page: Page): Promise<PrintedTable> {
  return page.evaluate(`(() => {
    const table = document.querySelector('table.report-table');
    const row = table.querySelector('tbody tr');
    const cell = row.querySelector('td[data-label]');
    return {
      tableDisplay: getComputedStyle(table).display,
      rowDisplay: getComputedStyle(row).display,
      headerWidth: Math.max(...[...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width)),
      cellLabel: getComputedStyle(cell, '::before').content,
      cellBorder: getComputedStyle(cell).borderTopStyle,
    };
  })()`) as Promise<PrintedTable>;
}

/** Text runs of each page of a PDF with their position (points from the bottom left). */
export async function readPdfTextRuns(pdf: Uint8Array): Promise<{ str: string; x: number; y: number }[][]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(
        content.items.flatMap((item) =>
          'str' in item ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : [],
        ),
      );
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
