/**
 * The one command-line parser of scripts/: node:util `parseArgs` in strict mode (`--name value` and
 * `--name=value` alike, as every script accepted before), so a mistyped option stops the command with a
 * Thai/English message and the command's usage instead of being ignored silently.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What a script accepts: its options, whether it takes plain arguments (file names) and the usage line it prints. */
export interface CommandLine<O extends Options> {
  options: O;
  usage: string;
  allowPositionals?: boolean;
  /** Arguments to read; the process's own by default. */
  args?: string[];
}

/** The Thai/English line for a parseArgs error: the option named, and what was wrong with it. */
export function describeOptionError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const named = /'([^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `ไม่รู้จักตัวเลือก ${named} / unknown option ${named}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return `ตัวเลือก ${named} ต้องมีค่าตามหลัง / option ${named} needs a value after it`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `ไม่ต้องใส่ ${named} / unexpected argument ${named}`;
  return `ตัวเลือกไม่ถูกต้อง / bad option: ${message}`;
}

/** Parses the command line, or prints what is wrong with it and the usage and exits 1. */
export function parseOptions<const O extends Options>(line: CommandLine<O>) {
  try {
    const parsed = parseArgs({
      args: line.args ?? process.argv.slice(2),
      options: line.options,
      allowPositionals: true,
      strict: true,
    });
    const [extra] = parsed.positionals;
    if (!line.allowPositionals && extra !== undefined)
      throw Object.assign(new TypeError(`Unexpected argument '${extra}'`), {
        code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
      });
    return parsed;
  } catch (error) {
    console.error(`✗ ${describeOptionError(error)}\n${line.usage}`);
    process.exit(1);
  }
}
