// CheckOutcome is owned by lib/diagnostics, beside Problem.
export type { CheckOutcome } from '../diagnostics/problem';
