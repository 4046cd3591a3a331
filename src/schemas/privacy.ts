import { z } from 'zod';

/**
 * An explicit, reasoned permission to publish something the privacy guard
 * would otherwise stop (a national ID number on a legally required notice, a
 * private phone number someone agreed to publish). Without it the build refuses.
 */
export const privacyOverrideSchema = z.strictObject({
  /** The exact values allowed on this entry (ID numbers, phone numbers or e-mail addresses), as written. */
  allow: z.array(z.string().min(3)).min(1),
  /** Why publishing them is lawful and necessary. Must be a real sentence, not "ok". */
  reason: z
    .string()
    .min(20, { error: 'ต้องให้เหตุผลที่ชัดเจน (อย่างน้อย 20 ตัวอักษร) / give a real reason (at least 20 characters)' }),
  /** Who approved publishing them (position is enough). */
  approvedBy: z.string().min(2),
});
export type PrivacyOverride = z.output<typeof privacyOverrideSchema>;
