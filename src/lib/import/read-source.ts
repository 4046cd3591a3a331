import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { readDelimitedDocument, readTextDocument } from './read-delimited';
import { readDocxDocument } from './read-docx';
import type { SourceDocument } from './types';

import { ImportError } from './import-error';

export { ImportError };

/** Reads a report by its extension: .docx, .csv, .tsv or .txt. */
export async function readSource(path: string, label = path): Promise<SourceDocument> {
  const ext = extname(path).toLowerCase();
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch {
    throw new ImportError(
      `ไม่พบไฟล์ ${label} — ตรวจชื่อและตำแหน่งไฟล์ / the file ${label} cannot be read: check its name and folder`,
    );
  }
  if (ext === '.docx') return readDocxDocument(label, buffer);
  const text = buffer.toString('utf8');
  if (ext === '.csv') return readDelimitedDocument(label, text, ',');
  if (ext === '.tsv') return readDelimitedDocument(label, text, '\t');
  if (ext === '.txt') return readTextDocument(label, text);
  if (ext === '.doc')
    throw new ImportError(
      `ไฟล์ ${label} เป็น Word รุ่นเก่า (.doc) ให้เปิดใน Word แล้วบันทึกเป็น .docx ก่อน / ${label} is an old Word file (.doc): open it in Word and save it as .docx first`,
    );
  throw new ImportError(
    `นำเข้าไฟล์ชนิด ${ext || '(ไม่มีนามสกุล)'} ไม่ได้ ใช้ได้เฉพาะ .docx .csv .tsv หรือ .txt / cannot import ${ext || 'a file without extension'}: use .docx, .csv, .tsv or .txt`,
  );
}
