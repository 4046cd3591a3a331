import { problem, type Problem } from '@/lib/diagnostics/problem';

// Problem is owned by lib/diagnostics; new code writes problem(severity, file, field, { th, en }).
export type { Problem } from '@/lib/diagnostics/problem';

/**
 * Builds a problem from a bilingual message written as `Thai / English` — the older form,
 * kept as a thin wrapper so existing call sites work; new ones pass `{ th, en }` to `problem()`.
 */
export function createProblem(
  severity: Problem['severity'],
  file: string,
  field: string | undefined,
  bilingual: string,
): Problem {
  const [th, en] = splitBilingual(bilingual);
  return problem(severity, file, field, { th, en });
}

/** Our schema messages are written `ไทย / English`; split at the last ` / ` that starts English text. */
export function splitBilingual(message: string): [string, string] {
  const match = /^(.*?) \/ ([A-Za-z"].*)$/s.exec(message);
  return match ? [match[1]!.trim(), match[2]!.trim()] : [message, message];
}

/** Renders problems for a terminal: one block per problem, file and field first. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => {
      const where = p.field ? `${p.file} → ${p.field}` : p.file;
      const label = p.severity === 'error' ? 'ข้อผิดพลาด / ERROR' : 'คำเตือน / WARNING';
      return `${label}: ${where}\n  ${p.th}\n  ${p.en}`;
    })
    .join('\n\n');
}
