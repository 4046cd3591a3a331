import type { DraftReason } from './build-measure';
import type { ImportPlan } from './run-import';

/**
 * The first thing a clerk reads after an import, in Thai: what to do next.
 * How many measures are ready, how many are drafts and why (one line per
 * reason, with what to fill in), what became of the score table, and which
 * files were not written. The full report follows it.
 */

const REASON: Record<DraftReason, string> = {
  unmapped: 'ยังไม่ได้จัดเข้าประเด็น (issue: unmapped) — เปลี่ยน issue เป็นรหัสประเด็นที่ถูก',
  period: 'ไม่มีระยะเวลาที่อ่านได้ — เติมช่อง period:',
  status: 'รายงานไม่ได้บอกสถานะ — เติมช่อง status:',
  steps: 'ไม่มีขั้นตอน — เติมช่อง steps:',
  responsible: 'ไม่มีผู้รับผิดชอบ — เติมช่อง responsible:',
  'national-id': 'มีเลขคล้ายเลขประจำตัวประชาชน — ลบเลขออก',
  title: 'ไม่มีชื่อมาตรการ — แก้ช่อง title:',
};
const ORDER: DraftReason[] = ['unmapped', 'period', 'status', 'steps', 'responsible', 'title', 'national-id'];

/** The "what next" lines that lead the import's output. */
export function formatSummary(plan: ImportPlan, written?: readonly string[]): string {
  const willWrite = new Set(
    written ?? plan.writes.filter((w) => w.action === 'create' || w.action === 'overwrite').map((w) => w.path),
  );
  const measures = plan.measures.filter((m) => willWrite.has(m.path));
  const ready = measures.filter((m) => !m.draft);
  const drafts = measures.filter((m) => m.draft);
  const lines = [
    'สิ่งที่ต้องทำต่อ / what to do next:',
    `- มาตรการพร้อมเผยแพร่ ${ready.length} รายการ${ready.length ? ' — ตรวจรายการ "โปรดตรวจ" ในรายงานด้านล่าง แล้วสั่ง npm run build' : ''}`,
  ];
  if (drafts.length) {
    lines.push(`- ฉบับร่าง ${drafts.length} รายการ (ไม่เผยแพร่จนกว่าจะแก้และเปลี่ยน draft: true เป็น false):`);
    for (const reason of ORDER) {
      const count = drafts.filter((m) => m.draftReasons.includes(reason)).length;
      if (count) lines.push(`  - ${count} รายการ ${REASON[reason]}`);
    }
  }
  const assessment = plan.assessment;
  if (assessment && willWrite.has(assessment.path)) {
    lines.push(
      assessment.published
        ? `- ผลการประเมิน ITA ปี ${assessment.year} ครบและตรงกัน พร้อมเผยแพร่ (${assessment.path})`
        : `- ผลการประเมิน ITA ปี ${assessment.year} เป็นฉบับร่าง (${assessment.path}) — เติมคะแนนที่ขาด คะแนนรวม และระดับ ตามประกาศผล`,
    );
  }
  const skipped = plan.writes.filter((w) => !willWrite.has(w.path));
  if (skipped.length)
    lines.push(`- ไม่ได้เขียน ${skipped.length} ไฟล์ เพราะมีอยู่แล้วหรือเคยลบไป — ดูแผนการเขียนไฟล์ (ใช้ --force เพื่อเขียนทับ)`);
  const checks = plan.notes.filter((n) => n.severity === 'warning').length;
  if (checks) lines.push(`- รายการ "โปรดตรวจ" ${checks} รายการ อยู่ในรายงานด้านล่าง`);
  return lines.join('\n');
}
