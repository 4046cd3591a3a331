import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

export interface MeasuredRun {
  /** Wall-clock seconds. */
  seconds: number;
  /** Highest sum of resident memory over the whole process tree, in bytes. */
  peakRssBytes: number;
  exitCode: number | null;
  /** Everything the command printed (stdout and stderr), ANSI colours removed. */
  output: string;
}

/**
 * Runs a command and measures its wall time and the peak resident memory of
 * its whole process tree (the build script spawns Astro, which may spawn
 * more), by polling /proc. Output goes to `logFile` as it arrives.
 */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; logFile: string; intervalMs?: number },
): Promise<MeasuredRun> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const log = createWriteStream(options.logFile);
    const chunks: Buffer[] = [];
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak = 0;
    const sample = (): void => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, options.intervalMs ?? 200);
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        log.write(chunk);
      });
    }
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      log.end();
      const output = Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\x1b\[[0-9;]*m/g, '');
      resolvePromise({ seconds: (performance.now() - started) / 1000, peakRssBytes: peak, exitCode: code, output });
    });
  });
}

/** Sum of VmRSS of `pid` and all its descendants, in bytes. */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name, which may itself contain spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop()!;
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${current}/status`, 'utf8'));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      continue;
    }
    queue.push(...(children.get(current) ?? []));
  }
  return total;
}
