import { spawn } from 'node:child_process';

// Astro warns once per query of a collection with no entries; a new agency's site (npm run new-site) has several
// empty folders, and hundreds of such lines would bury the messages that matter.
const EMPTY_COLLECTION =
  /\S*\s*\[WARN\] \[content\] The collection "[^"]+" does not exist or is empty\. Please check your content config file for errors\./g;

/** Drops Astro's empty-collection warnings from a stream of output, line by line, passing the rest on as it comes. */
function filterLines(write: (text: string) => void): { push: (chunk: Buffer) => void; end: () => void } {
  let pending = '';
  const emit = (line: string, newline: boolean) => {
    const cleaned = line.replace(EMPTY_COLLECTION, '');
    if (cleaned.trim() === '' && line.trim() !== '') return;
    write(cleaned + (newline ? '\n' : ''));
  };
  return {
    push(chunk) {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) emit(line, true);
    },
    end() {
      if (pending) emit(pending, false);
    },
  };
}

/** Runs `astro build` (the given node arguments) and resolves with its exit code. */
export function runAstro(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['inherit', 'pipe', 'pipe'],
    });
    const out = filterLines((t) => process.stdout.write(t));
    const err = filterLines((t) => process.stderr.write(t));
    child.stdout.on('data', out.push);
    child.stderr.on('data', err.push);
    child.on('close', (code) => {
      out.end();
      err.end();
      resolve(code ?? 1);
    });
  });
}
