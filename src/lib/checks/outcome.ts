// CheckOutcome is owned by lib/diagnostics, beside Problem.
export type { CheckOutcome } from '@/lib/diagnostics/problem';
