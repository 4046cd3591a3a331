import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:openssh`: the publish tests against OpenSSH's own sftp-server, kept out of `npm test` because
// that server comes from a Debian package (openssh-sftp-server), not from the project's dependencies.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/publish/openssh-publish.check.ts'],
    testTimeout: 60_000,
  },
});
