import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readGreeningYaml } from '@steward/plugin-greening';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../io.ts';
import { pluginsCommand } from './plugins.ts';

const run = promisify(execFile);
const main = fileURLToPath(new URL('../main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'steward-plugins-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function captureIo(json = true) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    json,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    result: (value, human) => (json ? out.push(JSON.stringify(value)) : human()),
  };
  return { io, out, err };
}

describe('npm run steward -- plugins', () => {
  it('list --json gives id, version, counts, languages and code/data for every installed plugin', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', main, 'plugins', 'list', '--json']);
    const rows = JSON.parse(stdout);
    expect(rows).toHaveLength(7);
    expect(rows.find((r: any) => r.id === 'greening')).toMatchObject({
      version: '1.0.0',
      source: 'data',
      checklistItems: 31,
      languages: ['zh-CN', 'en'],
    });
    const elevator = rows.find((r: any) => r.id === 'elevator');
    expect(elevator).toMatchObject({ source: 'code' });
    expect(elevator.checklistItems).toBeGreaterThanOrEqual(25);
    expect(elevator.standards).toBeGreaterThan(0);
  });

  it('validate accepts the greening file and lists every error of a broken one (exit 1)', async () => {
    const good = join(dir, 'good.yaml');
    writeFileSync(good, readGreeningYaml());
    const ok = captureIo();
    expect(await pluginsCommand(['validate', good], new Map(), ok.io)).toBe(0);
    expect(JSON.parse(ok.out[0]!)).toMatchObject({ valid: true, plugin: { id: 'greening' } });

    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readGreeningYaml().replaceAll('severity: major', 'severity: bad'));
    const human = captureIo(false);
    expect(await pluginsCommand(['validate', bad], new Map(), human.io)).toBe(1);
    const majors = readGreeningYaml().split('severity: major').length - 1;
    expect(human.err.filter((l) => l.includes('.severity: "bad"'))).toHaveLength(majors);
    expect(human.err[0]).toContain(`${majors} error(s)`);
  });

  it('refuses an unknown subcommand with its usage', async () => {
    await expect(pluginsCommand(['explode'], new Map(), captureIo().io)).rejects.toThrow(/plugins list/);
  });
});
