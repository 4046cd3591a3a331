import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

// The demo builds themselves are shared by the whole run: test/support/demo-site.ts.
