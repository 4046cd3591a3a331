// Moved to test/support/serve-with-headers.ts; this re-export keeps tests written before the move working.
export * from '../../support/serve-with-headers';
