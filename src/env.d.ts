/**
 * In `astro build`: the folder Astro builds into, where original photos are linked while their resized copies
 * are made (src/build/evidence-photos-integration.ts). Empty in the dev server, which serves originals itself.
 */
declare const __ITA_PHOTO_LINK_DIR__: string;

declare namespace App {
  /** Set once per page by src/middleware.ts; read by the layout, the routes and the components. */
  type PageContext = import('@/lib/site/page-context').PageContext<import('@/lib/data/site-pages').PageEntry>;
  interface Locals extends PageContext {}
}
