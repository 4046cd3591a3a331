import { z } from 'zod';

/**
 * Stable keys for the OIT items this site answers. The O-code of each item
 * changes every ITA year (the measures item was O42 in 2566 and is O25 in 2569),
 * so content names the topic and each year's framework file maps topic → O-code.
 */
export const OIT_TOPICS = [
  /** มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน */
  'integrity-measures',
  /** การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (the 6-/12-month reports) */
  'integrity-measures-report',
  /** นโยบายไม่รับของขวัญ (No Gift Policy) */
  'no-gift-policy',
  /** เจตจำนงสุจริตของผู้บริหาร */
  'integrity-intent',
  /** การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส */
  'ita-analysis',
  /** การเสริมสร้างวัฒนธรรมองค์กร */
  'organisational-culture',
  /** การประเมินความเสี่ยงการทุจริต */
  'corruption-risk-assessment',
  /** ช่องทางแจ้งเรื่องร้องเรียนการทุจริต */
  'corruption-complaints',
] as const;

/** One of {@link OIT_TOPICS}. */
export const oitTopicSchema = z.enum(OIT_TOPICS, {
  error: `หัวข้อ OIT ต้องเป็นหนึ่งใน: ${OIT_TOPICS.join(', ')} / the OIT topic must be one of: ${OIT_TOPICS.join(', ')}`,
});
export type OitTopic = z.output<typeof oitTopicSchema>;
