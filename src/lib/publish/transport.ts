import path from 'node:path';

/** What every target (folder, FTP/FTPS, SFTP) offers the publish runner. */
export interface PublishTransport {
  /** The file's text, or undefined when the server has no such file. Throws when it exists but cannot be read. */
  readText(rel: string): Promise<string | undefined>;
  /** Puts a local file at `rel`, through a temporary name and a rename so no half-written file is ever live. */
  upload(localFile: string, rel: string): Promise<void>;
  writeText(rel: string, text: string): Promise<void>;
  /** Removes the file (gone already is fine) and any folder it leaves empty, up to the site root. */
  remove(rel: string): Promise<void>;
  close(): Promise<void>;
}

/** Suffix of the temporary name a file is written under before the rename that makes it live. */
export const UPLOAD_SUFFIX = '.ita-upload-tmp';

/**
 * The server path for a site-relative path, refusing anything that would land outside the configured folder
 * (`..`, absolute paths, empty segments) — a manifest read from the server is not trusted to stay inside.
 */
export function joinInside(root: string, rel: string): string {
  const base = path.posix.normalize(root.replace(/\\/g, '/')).replace(/\/+$/, '') || '/';
  const parts = rel.split('/');
  const joined = path.posix.join(base, rel);
  const prefix = base === '/' ? '/' : `${base}/`;
  if (rel.startsWith('/') || parts.some((p) => p === '..' || p === '' || p === '.') || !joined.startsWith(prefix)) {
    throw new PublishError('outside', rel);
  }
  return joined;
}

/** Folders between a site-relative file and the site root, deepest first: `a/b/c.txt` → `a/b`, `a`. */
export function parentFolders(rel: string): string[] {
  const parts = rel.split('/').slice(0, -1);
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('/'));
}

export type PublishErrorKind =
  'auth' | 'unreachable' | 'disk-full' | 'outside' | 'no-password' | 'permission' | 'certificate' | 'host-key';

const messages: Record<PublishErrorKind, (detail: string) => string> = {
  auth: (d) =>
    `ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง (${d}): ตรวจ user ใน content/publish.yaml และรหัสผ่านใน ITA_PUBLISH_PASSWORD หรือ .publish-secret\n` +
    `wrong user name or password (${d}): check "user" in content/publish.yaml and the password in ITA_PUBLISH_PASSWORD or .publish-secret`,
  unreachable: (d) =>
    `ติดต่อเซิร์ฟเวอร์ไม่ได้ (${d}): ตรวจ host และ port ใน content/publish.yaml และการเชื่อมต่ออินเทอร์เน็ต แล้วสั่งใหม่ ไฟล์ที่ส่งแล้วจะไม่ส่งซ้ำ\n` +
    `cannot reach the server (${d}): check "host" and "port" in content/publish.yaml and the network, then run it again; files already sent are not sent again`,
  'disk-full': (d) =>
    `พื้นที่บนเซิร์ฟเวอร์เต็ม หรือเกินโควตา (${d}): ลบไฟล์เก่าบนโฮสต์หรือขอเพิ่มพื้นที่จากผู้ให้บริการ แล้วสั่งใหม่ เว็บเดิมยังใช้งานได้\n` +
    `the server's disk is full, or the quota used up (${d}): free space on the hosting or ask the provider for more, then run it again; the live site still works`,
  'host-key': (d) =>
    `กุญแจของเซิร์ฟเวอร์ไม่ตรงกับ hostKeySha256 ใน content/publish.yaml (${d}) ไม่ได้ส่งรหัสผ่านหรือไฟล์ใด: ถ้าผู้ให้บริการโฮสต์แจ้งว่าเปลี่ยนเครื่อง ให้ขอลายนิ้วมือใหม่จากเขาแล้วแก้ hostKeySha256 ถ้าไม่ได้แจ้ง อย่าเพิ่งเผยแพร่และแจ้งผู้ดูแลระบบ\n` +
    `the server's key does not match hostKeySha256 in content/publish.yaml (${d}); no password or file was sent. If the hosting provider says it moved the site, get the new fingerprint from them and update hostKeySha256; if not, do not publish and tell your IT support: something may be between you and the server`,
  outside: (d) =>
    `เส้นทาง "${d}" อยู่นอกโฟลเดอร์ที่กำหนด ไม่ได้แตะต้องไฟล์ใด\n` +
    `path "${d}" is outside the configured remote folder; nothing was touched there`,
  'no-password': (d) =>
    `ไม่พบรหัสผ่าน: ตั้งตัวแปร ITA_PUBLISH_PASSWORD หรือเขียนรหัสผ่านบรรทัดเดียวในไฟล์ ${d}\n` +
    `no password: set ITA_PUBLISH_PASSWORD or put the password on one line in ${d}`,
  certificate: (d) =>
    `ใบรับรองความปลอดภัยของเซิร์ฟเวอร์ตรวจสอบไม่ผ่าน (${d}): ถ้าผู้ให้บริการโฮสต์ยืนยันว่าใช้ใบรับรองของชื่ออื่น ให้ใส่ allowUntrustedCertificate: true ใน content/publish.yaml\n` +
    `the server's certificate did not check out (${d}): if the hosting provider confirms it uses a certificate for another name, add allowUntrustedCertificate: true to content/publish.yaml`,
  permission: (d) =>
    `เซิร์ฟเวอร์ไม่อนุญาตให้เขียน (${d}): ตรวจ remotePath ใน content/publish.yaml ว่าเป็นโฟลเดอร์ของเว็บที่ผู้ใช้นี้เขียนได้\n` +
    `the server refused to write (${d}): check that remotePath in content/publish.yaml is the site's folder and this user may write there`,
};

/** An error a clerk can act on, in Thai and English. Fatal ones are not worth retrying. */
export class PublishError extends Error {
  constructor(
    readonly kind: PublishErrorKind,
    detail: string,
  ) {
    super(messages[kind](detail));
    this.name = 'PublishError';
  }
  get fatal(): boolean {
    return this.kind !== 'unreachable';
  }
}

/** Connection-level failures: the transport drops its client so the next attempt reconnects. */
export function isNetworkError(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? '');
  const message = String((error as Error)?.message ?? '');
  return (
    /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE|ERR_NOT_CONNECTED)$/.test(
      code,
    ) ||
    /timeout|timed out|closed|closing|FIN packet|socket|not connected|No response|ECONNRESET|ECONNREFUSED|end of file|unexpected end|end event/i.test(
      message,
    )
  );
}

/** Disk full on the server: FTP 452/552, SFTP/OS "no space" or quota messages. */
export function isDiskFull(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? '');
  return (
    code === '452' ||
    code === '552' ||
    code === 'ENOSPC' ||
    /no space|disk full|quota|ENOSPC/i.test(String((error as Error)?.message ?? ''))
  );
}
