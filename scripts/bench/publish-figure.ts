/**
 * `npm run bench:publish [-- --preset typical|tiny|…] [--protocol ftp|sftp] [--reuse-build]`: what `npm run publish`
 * sends to a real FTP (ftp-srv) or SFTP (ssh2 Server) test server. `--reuse-build` starts from the project copy a
 * previous run left (sources refreshed from this checkout, content rewritten so the edited measure is undone, rebuilt
 * warm) instead of a cold build.
 *
 * Builds the bench's synthetic organisation once (in the system's temporary folder, never in content/), starts
 * the test server (127.0.0.1, random port) and publishes to it: a first publish that the server cuts
 * after a third of the files and then refuses for a moment, the rerun that resumes it, a publish with nothing
 * changed, then one measure's text edited, a rebuild and a publish again. Prints files and bytes sent each time,
 * which files the edit sent, and whether the server's folder ends identical to dist/.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openFtpTarget } from '@/lib/publish/ftp-target.ts';
import { openPublishState } from '@/lib/publish/journal.ts';
import { hashFolder } from '@/lib/publish/manifest.ts';
import { runPublish, type PublishSummary } from '@/lib/publish/run-publish.ts';
import { openSftpTarget } from '@/lib/publish/sftp-target.ts';
import { startFtpServer } from '../../test/support/ftp-server.ts';
import { startSftpServer } from '../../test/support/sftp-server.ts';
import { measureBuild } from './builds';
import { measureFile, writeContent } from './content';
import { benchTempRoot, ensureCorpus } from './corpus';
import { planOrganisation } from './plan';
import { CORPUS_SIZE_OPTIONS, resolveCorpusSize } from './presets';
import { parseOptions } from '../support/parse-options';
import { createProjectCopy, refreshProjectSources } from './project';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const log = (line: string): void => console.log(`[bench:publish ${new Date().toISOString().slice(11, 19)}] ${line}`);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

const USAGE = 'ใช้ / usage: npm run bench:publish -- [--preset typical|tiny|…] [--protocol ftp|sftp] [--reuse-build]';
const { values: options } = parseOptions({
  usage: USAGE,
  options: { ...CORPUS_SIZE_OPTIONS, protocol: { type: 'string', default: 'ftp' }, 'reuse-build': { type: 'boolean' } },
});
const protocol = options.protocol;
if (protocol !== 'ftp' && protocol !== 'sftp') {
  console.error(
    `✗ --protocol ต้องเป็น ftp หรือ sftp ได้ "${protocol}" / --protocol must be ftp or sftp, got "${protocol}"\n${USAGE}`,
  );
  process.exit(1);
}
const { name, size } = resolveCorpusSize(options);
const plan = planOrganisation(size);
const corpus = await ensureCorpus(size, plan.measures, log);
const project = join(benchTempRoot(), `project-publish-${name}`);
const dist = join(project, 'dist');
const logDir = join(root, '.bench', `logs-publish-${name}`);
mkdirSync(logDir, { recursive: true });
const reuse = options['reuse-build'] === true && existsSync(join(dist, 'index.html'));
if (reuse) refreshProjectSources(root, project);
else createProjectCopy(root, project, corpus.evidenceDir);
writeContent(join(project, 'content'), plan.years, plan.measures);
const built = await measureBuild(project, dist, reuse ? 'first (warm, reused project)' : 'first', logDir);
log(`built in ${built.seconds.toFixed(0)} s`);

const serverRoot = join(benchTempRoot(), `publish-server-${protocol}-${name}`);
rmSync(serverRoot, { recursive: true, force: true });
mkdirSync(serverRoot, { recursive: true });
const password = randomBytes(12).toString('hex');
const server = await (protocol === 'sftp' ? startSftpServer : startFtpServer)(serverRoot, password);
const stateDir = join(project, '.publish-state');
rmSync(stateDir, { recursive: true, force: true });

interface Row {
  run: string;
  summary: PublishSummary;
  seconds: number;
}
const rows: Row[] = [];
const stops: string[] = [];
async function publish(run: string): Promise<PublishSummary | undefined> {
  const login = { host: '127.0.0.1', port: server.port, user: 'clerk', password, remotePath: '/public_html/ita' };
  const target = protocol === 'sftp' ? openSftpTarget(login) : openFtpTarget(login);
  const started = performance.now();
  try {
    const summary = await runPublish(dist, target, {
      state: openPublishState(stateDir, 'bench'),
      attempts: 3,
      retryDelayMs: 200,
    });
    rows.push({ run, summary, seconds: (performance.now() - started) / 1000 });
    log(`${run}: ${summary.uploaded} files, ${mb(summary.bytesUploaded)} MB`);
    return summary;
  } catch (error) {
    stops.push(
      `${run}: stopped after ${server.files} files were on the server — ${(error as Error).message.split('\n').pop()}`,
    );
    log(stops.at(-1)!);
    return undefined;
  } finally {
    await target.close();
  }
}

const total = Object.keys(await hashFolder(dist)).length;
const cutAt = Math.round(total / 3);
server.faults.dropAfterFiles = cutAt;
Object.defineProperty(server.faults, 'refusing', { get: () => server.files >= cutAt && !resumed, configurable: true });
let resumed = false;
await publish(`first publish, cut after ${cutAt} files`);
resumed = true;
await publish('rerun after the cut');
await publish('nothing changed');

const edited = plan.measures[0]!;
writeFileSync(
  join(project, 'content', 'measures', String(edited.year), `${edited.slug}.mdx`),
  measureFile(edited, 'ข้อความที่แก้ไขเพื่อทดสอบการเผยแพร่ซ้ำ'),
);
const rebuilt = await measureBuild(project, dist, 'one measure text edited', logDir);
log(`rebuilt in ${rebuilt.seconds.toFixed(0)} s`);
const afterEdit = await publish('one measure text edited');

const remote = await hashFolder(join(serverRoot, 'public_html', 'ita'));
const local = await hashFolder(dist);
const identical = JSON.stringify(remote) === JSON.stringify(local);
await server.close();

const distBytes = Object.values(local).reduce((n, e) => n + e.size, 0);
console.log(
  `\npreset ${name}: dist ${mb(distBytes)} MB in ${Object.keys(local).length} files; ${protocol === 'sftp' ? 'SFTP server ssh2 Server' : 'FTP server ftp-srv'} on 127.0.0.1\n`,
);
console.log('| publish | files sent | MB sent | deleted | resumed steps | time |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const { run, summary: s, seconds } of rows) {
  console.log(
    `| ${run} | ${s.uploaded} + manifest | ${mb(s.bytesUploaded)} | ${s.deleted} | ${s.resumed} | ${seconds.toFixed(1)} s |`,
  );
}
console.log(`\n${stops.join('\n')}`);
if (afterEdit) {
  console.log(`\n${protocol} server: ${server.logins} logins over the whole run`);
  const kinds = new Map<string, { files: number; bytes: number }>();
  for (const step of afterEdit.plan) {
    const kind =
      step.action === 'delete'
        ? 'deleted'
        : step.path.startsWith('pagefind/')
          ? 'search index (pagefind/)'
          : /\.html$/.test(step.path)
            ? 'HTML pages'
            : /\.(png|jpe?g|webp|avif)$/.test(step.path)
              ? 'images (social cards)'
              : 'other';
    const k = kinds.get(kind) ?? { files: 0, bytes: 0 };
    kinds.set(kind, { files: k.files + 1, bytes: k.bytes + step.size });
  }
  console.log('\nwhat the one-measure edit sent:');
  for (const [kind, k] of kinds) console.log(`  ${kind}: ${k.files} files, ${(k.bytes / 1e3).toFixed(1)} KB`);
  console.log(`  files: ${afterEdit.plan.map((s) => s.path).join(', ')}`);
}
console.log(`\nserver folder identical to dist/ (content hash of every file): ${identical ? 'yes' : 'NO'}`);
if (!identical) process.exitCode = 1;
