import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** An external address named by the content. */
export interface ExternalLink {
  url: string;
  /** Content file that names it. */
  source: string;
  field: string;
}

/** The answer for one address after all tries. */
export interface LinkResult {
  url: string;
  ok: boolean;
  /** HTTP status of the last answer, when there was one. */
  status?: number;
  /** Network error or time-out text, when there was no answer. */
  error?: string;
  tries: number;
}

export interface LinkCheckOptions {
  timeoutMs: number;
  retries: number;
  concurrency: number;
  /** Wait before the n-th retry is `backoffMs * 2^(n-1)`. */
  backoffMs?: number;
}

// Sites that refuse HEAD (or bots) still open in a browser, so fall back to GET before calling a link dead.
const RETRY_WITH_GET = new Set([403, 405, 406, 429, 501]);

async function tryOnce(url: string, timeoutMs: number): Promise<{ status?: number; error?: string }> {
  for (const method of ['HEAD', 'GET'] as const) {
    try {
      const response = await fetch(url, {
        method,
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs),
        headers: { 'user-agent': 'ita-transparency-site link check' },
      });
      await response.body?.cancel();
      if (method === 'HEAD' && RETRY_WITH_GET.has(response.status)) continue;
      return { status: response.status };
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      const name = error instanceof Error ? error.name : '';
      return {
        error:
          name === 'TimeoutError'
            ? `no answer within ${timeoutMs / 1000} s`
            : `${error instanceof Error ? error.message : String(error)}${cause}`,
      };
    }
  }
  return { error: 'unreachable' };
}

/** Checks one address, retrying time-outs, network errors and 5xx answers. */
export async function checkLink(url: string, options: LinkCheckOptions): Promise<LinkResult> {
  let last: { status?: number; error?: string } = {};
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, (options.backoffMs ?? 500) * 2 ** (attempt - 1)));
    last = await tryOnce(url, options.timeoutMs);
    if (last.status !== undefined && last.status < 400)
      return { url, ok: true, status: last.status, tries: attempt + 1 };
    // A 404 will not heal on retry; a 5xx, 429 or time-out might.
    if (last.status !== undefined && last.status < 500 && last.status !== 429)
      return { url, ok: false, status: last.status, tries: attempt + 1 };
  }
  return { url, ok: false, ...last, tries: options.retries + 1 };
}

/** Checks every distinct address, `concurrency` at a time. */
export async function checkLinks(urls: string[], options: LinkCheckOptions): Promise<LinkResult[]> {
  const unique = [...new Set(urls)];
  const results: LinkResult[] = new Array(unique.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < unique.length) {
      const index = next++;
      results[index] = await checkLink(unique[index]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, unique.length) }, worker));
  return results;
}

/**
 * Why external links should not be checked now, or undefined to check them.
 * CI and `--offline` never touch the network; otherwise one DNS look-up of the
 * few hosts tells whether there is a network at all.
 */
export async function detectOffline(
  urls: string[],
  options: { offline: boolean; env?: NodeJS.ProcessEnv },
): Promise<string | undefined> {
  const env = options.env ?? process.env;
  if (options.offline) return 'ใช้ตัวเลือก --offline / the --offline option was given';
  if (env.CI === 'true' || env.CI === '1')
    return 'ทำงานใน CI ซึ่งไม่ใช้เครือข่าย / running in CI, which never uses the network';
  const hosts = [...new Set(urls.map((u) => new URL(u).hostname))];
  if (hosts.some((h) => isIP(h))) return undefined;
  // One dead domain must not pass for "no network": offline only when none of a few hosts resolves.
  const probes = hosts.slice(0, 3);
  const resolves = (host: string) =>
    Promise.race([
      lookup(host).then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000).unref()),
    ]).catch(() => false);
  if ((await Promise.all(probes.map(resolves))).some(Boolean)) return undefined;
  return `ไม่มีเครือข่าย (ค้นหา ${probes.join(', ')} ไม่ได้) / no network (cannot resolve ${probes.join(', ')})`;
}
