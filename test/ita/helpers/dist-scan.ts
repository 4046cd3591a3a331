// Moved to test/support/dist-scan.ts; this re-export keeps tests written before the move working.
export * from '../../support/dist-scan';
