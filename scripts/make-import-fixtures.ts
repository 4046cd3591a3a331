/**
 * `npm run make:import-fixtures`: writes the importer's fixture reports in new
 * shapes (test/fixtures/import/shapes/shapes.ts) twice, as a Word file made
 * with the docx library and as the text a clerk gets by pasting the same
 * report into Notepad (cells separated by tabs, a cell with line breaks in
 * quotes, merged cells only in their first row).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { SHAPES, type Block, type Cell, type Shape } from '../test/fixtures/import/shapes/shapes';

const OUT = fileURLToPath(new URL('../test/fixtures/import/shapes/', import.meta.url));

const textOf = (cell: Cell) => (typeof cell === 'string' ? cell : cell.text);

function paragraph(text: string): Paragraph {
  // A tab inside a line is a real tab in Word, as memo headers are typed.
  return new Paragraph({
    children: text.split('\t').map((part, i) => new TextRun({ children: i ? [new Tab(), part] : [part] })),
  });
}

function wordBlock(block: Block): Paragraph | Table {
  if ('p' in block) return paragraph(block.p);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: block.table.map(
      (row) =>
        new TableRow({
          children: row.map((cell) => {
            const spans =
              typeof cell === 'string'
                ? {}
                : {
                    ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
                    ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
                  };
            return new TableCell({
              ...spans,
              children: textOf(cell)
                .split('\n')
                .map((line) => new Paragraph(line)),
            });
          }),
        }),
    ),
  });
}

/** Pasted text: a merged cell's text sits in its first row and column; the cells it covers are empty. */
function pastedBlock(block: Block): string {
  if ('p' in block) return block.p;
  const width = Math.max(
    ...block.table.map((row) => row.reduce((n, cell) => n + (typeof cell === 'string' ? 1 : (cell.colSpan ?? 1)), 0)),
  );
  return block.table
    .map((row) => {
      const cells: string[] = [];
      for (const cell of row) {
        cells.push(textOf(cell).includes('\n') ? `"${textOf(cell).replace(/"/g, '""')}"` : textOf(cell));
        for (let i = 1; i < (typeof cell === 'string' ? 1 : (cell.colSpan ?? 1)); i += 1) cells.push('');
      }
      while (cells.length < width) cells.push('');
      return cells.join('\t');
    })
    .join('\n');
}

async function writeShape(shape: Shape): Promise<void> {
  const doc = new Document({
    creator: 'ita-site test fixtures',
    sections: [{ children: shape.blocks.map(wordBlock) }],
  });
  writeFileSync(join(OUT, `${shape.name}.docx`), await Packer.toBuffer(doc));
  writeFileSync(join(OUT, `${shape.name}.txt`), `${shape.blocks.map(pastedBlock).join('\n')}\n`);
}

for (const shape of SHAPES) {
  await writeShape(shape);
  console.log(`✓ ${shape.name}.docx, ${shape.name}.txt`);
}
