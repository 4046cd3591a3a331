// Moved to test/support/make-pdf.ts; this re-export keeps tests written before the move working.
export * from '../../support/make-pdf';
