import { readFile } from 'node:fs/promises';
import { PublishError } from './transport.ts';

/** Environment variable that holds the server password (checked before `.publish-secret`). */
export const PASSWORD_VARIABLE = 'ITA_PUBLISH_PASSWORD';

/**
 * The password from ITA_PUBLISH_PASSWORD, else the first line of `secretFile` (ignored by git) — or of
 * `secretFile.txt`, the name Windows Notepad gives it unless told otherwise (ignored by git too).
 * It is only ever handed to the FTP/SFTP client: never printed, logged or written anywhere.
 */
export async function readPassword(secretFile: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromEnv = env[PASSWORD_VARIABLE];
  if (fromEnv) return fromEnv;
  let text: string | undefined;
  for (const file of [secretFile, `${secretFile}.txt`]) {
    text ??= await readFile(file, 'utf8').catch(() => undefined);
  }
  if (text === undefined) throw new PublishError('no-password', secretFile);
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  if (!line) throw new PublishError('no-password', secretFile);
  return line;
}
