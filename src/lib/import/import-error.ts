/** An import that cannot go on; the message is bilingual `ไทย / English` and says what to do. */
export class ImportError extends Error {}
