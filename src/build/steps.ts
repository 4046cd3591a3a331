import type { Problem } from '@/lib/validate/problem';
import type { DistSnapshot } from '@/lib/checks/dist-files';
import { listChecks } from '@/lib/checks/registry';
import { checkStep } from './checks/as-build-step';
import { buildInfoStep } from './checks/build-info';
import { hostingFilesStep } from './checks/hosting-files';
import type { ValidatedContent } from '@/lib/validate/validate-content';
import { pruneCardCacheStep } from '@/lib/og/prune-card-cache';
import { searchIndexStep } from './search/build-search-index';
import { thaiBreaksStep } from './thai-breaks/thai-breaks-step';

/** What a build step knows about the build it is part of. */
export interface BuildContext {
  /** Project root. */
  root: string;
  /** Folder the site is being built into (a staging folder, not dist/, until every step passes). */
  outDir: string;
  /** Origin the site is published at, e.g. https://www.example.go.th */
  site: string;
  /** Sub-path, e.g. /ita/ or / */
  base: string;
  /** The validated content. */
  content: ValidatedContent;
  /** `--strict`: warnings that are usually only reported (dead external links) stop the build. */
  strict: boolean;
  /** `--offline` or no network: steps that need the network skip with a note. */
  offline: boolean;
  /** The one reading of the finished staging folder that the dist checks share (taken by the first of them). */
  dist?: DistSnapshot;
}

/** A small, separately tested step. Returning an error problem stops the build before anything is published. */
export interface BuildStep {
  /** Short name shown while the build runs. */
  name: string;
  run(context: BuildContext): Promise<Problem[]>;
}

/**
 * Steps that run on the content before Astro renders anything (file checks,
 * privacy guard): the content checks of the registry (src/lib/checks/registry.ts), where a new check is added.
 */
export const preBuildSteps: BuildStep[] = listChecks('content').map(checkStep);

/**
 * Steps that run on the staging folder after Astro has rendered it (search
 * index, link checks, draft scan). dist/ is replaced only when all pass.
 */
export const postBuildSteps: BuildStep[] = [
  pruneCardCacheStep,
  searchIndexStep,
  hostingFilesStep,
  // Steps that add files go above this line: the registry's dist checks below scan the finished site, all from one snapshot.
  ...listChecks('dist').map(checkStep),
  // After every check, which all read the pages as Astro wrote them (a draft's or a person's words are found in
  // them whole): adds the Thai word-break marks, elements inside the words.
  thaiBreaksStep,
  // Always last: fingerprints every other file.
  buildInfoStep,
];
