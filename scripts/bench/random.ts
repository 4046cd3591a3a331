/**
 * Deterministic randomness for the synthetic organisation: the same preset
 * always produces byte-identical content, so two runs measure the same thing.
 */

/** mulberry32: tiny, fast and good enough for picking words and sizes. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function pickInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pickOne<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

// Everyday words of a local administration's reports; sentences are assembled from them.
const SUBJECTS = ['อบต.', 'สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา', 'คณะทำงาน', 'ผู้บริหาร', 'เจ้าหน้าที่'];
const VERBS = ['จัดประชุม', 'เผยแพร่', 'ตรวจสอบ', 'ประชาสัมพันธ์', 'จัดทำรายงาน', 'ติดตามผล', 'รับฟังความคิดเห็น', 'อบรม'];
const OBJECTS = [
  'ประชาคมหมู่บ้าน',
  'แผนการจัดซื้อจัดจ้าง',
  'งบประมาณรายจ่ายประจำปี',
  'ช่องทางร้องเรียนการทุจริต',
  'ข้อมูลข่าวสารราชการ',
  'นโยบายไม่รับของขวัญ',
  'การใช้รถราชการ',
  'การบริการประชาชน',
];
const TAILS = ['ให้ประชาชนรับทราบ', 'ตามแผนที่กำหนด', 'อย่างโปร่งใส', 'ผ่านเว็บไซต์และป้ายประกาศ', 'ทุกไตรมาส', 'ร่วมกับผู้นำชุมชน'];

/** One plausible Thai sentence. */
export function thaiSentence(random: () => number): string {
  return `${pickOne(random, SUBJECTS)}${pickOne(random, VERBS)}${pickOne(random, OBJECTS)}${pickOne(random, TAILS)}`;
}

/** A paragraph of `count` sentences, separated by spaces as Thai writing does. */
export function thaiParagraph(random: () => number, count: number): string {
  return Array.from({ length: count }, () => thaiSentence(random)).join(' ');
}
