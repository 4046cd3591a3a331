// Moved to test/support/offline-build.ts; this re-export keeps tests written before the move working.
export * from '../../support/offline-build';
