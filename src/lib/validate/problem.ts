/** One thing wrong with the content, said so that the person who wrote it can fix it. */
export interface Problem {
  /** `error` stops the build; `warning` is listed and the build goes on. */
  severity: 'error' | 'warning';
  /** File path relative to the project, e.g. content/measures/2568/open-data.mdx. */
  file: string;
  /** Field inside the file, e.g. `evidence.photos[0].file`; absent when the whole file is at fault. */
  field?: string;
  /** What is wrong and what is expected, in Thai. */
  th: string;
  /** The same in English. */
  en: string;
}

/** Builds a problem from a bilingual message written as `Thai / English`. */
export function createProblem(
  severity: Problem['severity'],
  file: string,
  field: string | undefined,
  bilingual: string,
): Problem {
  const [th, en] = splitBilingual(bilingual);
  return { severity, file, ...(field ? { field } : {}), th, en };
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
