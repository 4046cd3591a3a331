// Moved to test/support/content.ts; this re-export keeps tests written before the move working.
export * from '../../support/content';
