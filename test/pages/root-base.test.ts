import { beforeAll, expect, it } from 'vitest';
import { demoSite } from '../support/demo-site';
import { findBrokenReferences, readText } from '../support/site-files';

// The same content built for the root of its own domain (where the main website's links are
// another origin): nothing may still point at /ita/.
const ORIGIN = 'https://ita.nongtuayang.example.go.th';
let out: string;
beforeAll(() => {
  out = demoSite('root').dist;
});

it('works at the domain root too: no broken link and no trace of another base', () => {
  expect(findBrokenReferences(out, '/', ORIGIN)).toEqual([]);
  expect(readText(out, 'index.html')).not.toContain('/ita/');
  expect(readText(out, 'sitemap.xml')).toContain(`<loc>${ORIGIN}/2568/</loc>`);
});
