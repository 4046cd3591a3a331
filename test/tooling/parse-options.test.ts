import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeOptionError, parseOptions } from '../../scripts/support/parse-options';
import { projectRoot } from '../support/temp-project';

const options = { dist: { type: 'string' }, json: { type: 'boolean' }, ชื่อ: { type: 'string' } } as const;

describe('one argument parser for scripts/', () => {
  it('reads --name value, --name=value, flags and Thai option names alike', () => {
    const parsed = parseOptions({ usage: '', options, args: ['--dist', 'out', '--json', '--ชื่อ=บ้านสวน'] });
    expect(parsed.values).toEqual({ dist: 'out', json: true, ชื่อ: 'บ้านสวน' });
    expect(parseOptions({ usage: '', options, args: ['--dist=x'] }).values.dist).toBe('x');
  });

  it('names the wrong option in Thai and English', () => {
    const unknown = Object.assign(new TypeError("Unknown option '--dits'"), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
    expect(describeOptionError(unknown)).toBe('ไม่รู้จักตัวเลือก --dits / unknown option --dits');
    const missing = Object.assign(new TypeError("Option '--dist <value>' argument missing"), {
      code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
    });
    expect(describeOptionError(missing)).toBe('ตัวเลือก --dist ต้องมีค่าตามหลัง / option --dist needs a value after it');
  });

  it('stops a command given a mistyped option, before it does anything, with its usage', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts', 'check.ts'), '--ofline'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ไม่รู้จักตัวเลือก --ofline / unknown option --ofline');
    expect(run.stderr).toContain('usage: npm run check');
    expect(run.stdout).toBe('');
  });
});
