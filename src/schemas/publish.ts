import { z } from 'zod';

/**
 * Where `npm run publish` puts the built site (content/publish.yaml).
 * The password is never in this file: it comes from ITA_PUBLISH_PASSWORD or `.publish-secret`.
 */
export const publishTargetSchema = z.strictObject({
  /** How to reach the hosting: `folder` (a local or mounted folder), `ftp`, `ftps` or `sftp`. */
  protocol: z.enum(['folder', 'ftp', 'ftps', 'sftp']),
  /** Host name or IP of the server (not used for `folder`). */
  host: z.string().min(1).optional(),
  /** Port; defaults to 21 for ftp/ftps and 22 for sftp. */
  port: z
    .number({
      error:
        'port ต้องเป็นตัวเลข 1–65535 เช่น 21 หรือลบบรรทัดนี้ / port must be a number from 1 to 65535, e.g. 21, or leave the line out',
    })
    .int()
    .min(1)
    .max(65535)
    .optional(),
  /** User name on the server (not used for `folder`). */
  user: z.string().min(1).optional(),
  /** Folder on the server (or on disk for `folder`) that holds the site, e.g. `/public_html/ita`. Nothing outside it is ever touched. */
  remotePath: z.string().min(1),
  /** Seconds a connection may sit without progress before it is dropped and reopened (default 60). */
  timeoutSeconds: z.number().int().min(5).max(3600).optional(),
  /** ftps only: accept a certificate that does not match the host, as on many shared hosts (a warning is printed). */
  allowUntrustedCertificate: z.boolean().optional(),
  /** sftp only: the server's host key fingerprint (`SHA256:…`); when set, any other key is refused. */
  hostKeySha256: z.string().min(1).optional(),
});
export type PublishTarget = z.output<typeof publishTargetSchema>;
