import { defineMiddleware } from 'astro:middleware';
import { getCurrentFiscalYear } from '@/lib/data/fiscal-years';
import { getOrganisation } from '@/lib/data/organisation';
import { findPage, getSitePages } from '@/lib/data/site-pages';
import { createPageContext, stripBase } from '@/lib/site/page-context';

// Runs once per page at build time (every page is prerendered) and per request in `astro dev`: the organisation,
// its digits, the formatters and the page's row in the page table are set here once instead of handed from the
// route through every component (src/env.d.ts types them).
export const onRequest = defineMiddleware(async ({ url, locals }, next) => {
  const pagePath = stripBase(url.pathname, import.meta.env.BASE_URL);
  const [organisation, pages, page] = await Promise.all([getOrganisation(), getSitePages(), findPage(pagePath)]);
  Object.assign(
    locals,
    createPageContext({ organisation, page, pages, pagePath, currentFiscalYear: getCurrentFiscalYear() }),
  );
  return next();
});
