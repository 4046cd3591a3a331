import { describe, expect, it } from 'vitest';
import { parseBuildLog, routeKind } from '../../scripts/bench/build-log';

// Lines as Astro 7 prints them (colours removed).
const LOG = `
 generating static routes 
07:51:40   ├─ /2569/e-service/measure-0002/index.html (+5ms) 
07:51:41   └─ /og/2569/e-service/measure-0002.png (+1.20s) 
07:51:58 ✓ Completed in 6.46s.
 generating optimized images 
07:52:00   ▶ /_astro/photo-01.KiQ_2jbV.webp (before: 3681kB, after: 354kB) (+378ms) (1/3)
07:52:01   ▶ /_astro/photo-01.KiQ_Zo3b.jpg (reused cache entry) (+2ms) (2/3)
07:57:14 ✓ Completed in 5m 16s.
`;

describe('reading Astro build logs', () => {
  it('reads route times, image outputs and stage times, minutes included', () => {
    const facts = parseBuildLog(LOG);
    expect(facts.routes).toEqual([
      { path: '/2569/e-service/measure-0002/index.html', ms: 5 },
      { path: '/og/2569/e-service/measure-0002.png', ms: 1200 },
    ]);
    expect(facts.pagesStageMs).toBe(6460);
    expect(facts.imageStageMs).toBe(316_000);
    expect(facts.imagesGenerated).toEqual([{ path: '/_astro/photo-01.KiQ_2jbV.webp', ms: 378 }]);
    expect(facts.imagesReused).toBe(1);
  });

  it('tells pages, social cards and other files apart', () => {
    expect(routeKind('/2569/index.html')).toBe('html');
    expect(routeKind('/og/2569.png')).toBe('og');
    expect(routeKind('/rss.xml')).toBe('other');
  });
});
