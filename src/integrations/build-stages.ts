import { reportProblems, runBuildSteps } from '@/build/run-steps';
import { postBuildSteps, preBuildSteps, type BuildContext } from '@/build/steps';
import type { SiteLocation } from '@/lib/site/site-config';
import { validateContent } from '@/lib/validate/validate-content';

/** What the integration knows of the build it is part of, from Astro's config and `npm run build`'s flags. */
export interface BuildSettings extends SiteLocation {
  root: string;
  outDir: string;
  strict: boolean;
  offline: boolean;
  /** The registry's content checks were run on this content by `npm run build` just before it started Astro. */
  contentChecked: boolean;
}

/**
 * Before Astro renders anything: the content validated (every file against its schema, the rules across
 * entries) and the registry's content checks (evidence files, privacy). Returns the context the finishing
 * steps need, or the number of errors that must stop the build.
 */
export async function checkBeforeBuild(settings: BuildSettings): Promise<BuildContext | number> {
  const { content, problems } = validateContent(settings.root);
  const invalid = reportProblems(problems, 'ตรวจเนื้อหา / content check');
  if (invalid) return invalid;
  const { contentChecked, ...location } = settings;
  const context: BuildContext = { ...location, content };
  if (contentChecked) return context;
  return runContentChecks(context);
}

/** The registry's content checks (evidence files, privacy, fiscal years, …): the context again, or the errors. */
export async function runContentChecks(context: BuildContext): Promise<BuildContext | number> {
  const errors = reportProblems(await runBuildSteps(preBuildSteps, context), 'ตรวจก่อนสร้างเว็บ / pre-build checks');
  return errors || context;
}

/** After Astro has written the site: search index, hosting files, the dist checks, word breaks, build-info.json. */
export async function finishBuild(context: BuildContext, outDir: string): Promise<number> {
  const finishing: BuildContext = { ...context, outDir };
  return reportProblems(await runBuildSteps(postBuildSteps, finishing), 'ตรวจหลังสร้างเว็บ / post-build checks');
}
