import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { CORE_VERSION } from '@steward/core';
import {
  type DataPluginFormat,
  type PluginRegistry,
  parseDataPlugin,
  type ServiceLinePlugin,
} from '@steward/plugin-sdk';
import { installedPlugins } from '../../plugins.ts';
import { type CliIo, UsageError } from '../io.ts';

export const pluginsHelp = 'plugins list | plugins validate <file.yaml|file.json> [--format yaml|json]';

/** What `plugins list` prints for one installed release. */
export function pluginSummary(plugin: ServiceLinePlugin, source: 'code' | 'data') {
  const items = plugin.checklistTemplates.reduce((n, t) => n + t.items.length, 0);
  return {
    id: plugin.id,
    version: plugin.version,
    source,
    name: plugin.name,
    scope: plugin.scope,
    standards: plugin.standards.length,
    checklistTemplates: plugin.checklistTemplates.length,
    checklistItems: items,
    cadences: plugin.cadences.length,
    // The contract requires both on every text; validation has checked it.
    languages: ['zh-CN', 'en'],
  };
}

function formatOf(file: string, option: string | true | undefined): DataPluginFormat {
  if (option === 'json' || option === 'yaml') return option;
  if (option !== undefined) throw new UsageError('--format must be json or yaml');
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  throw new UsageError(`cannot tell the format of ${file}: name it .json/.yaml or pass --format`);
}

/** `plugins list` and `plugins validate <file>`; needs no database. */
export async function pluginsCommand(
  args: string[],
  options: Map<string, string | true>,
  io: CliIo,
  registry: PluginRegistry = installedPlugins(),
): Promise<number> {
  const [sub, file] = args;
  if (sub === 'list') {
    const rows = registry.list().map((e) => pluginSummary(e.plugin, e.source));
    io.result(rows, () => {
      for (const r of rows)
        io.out(
          `${r.id.padEnd(22)} ${r.version.padEnd(8)} ${r.source.padEnd(5)} ${String(r.standards).padStart(3)} standards ${String(r.checklistItems).padStart(4)} items  ${r.languages.join(', ')}  ${r.name.zh} / ${r.name.en}`,
        );
    });
    return 0;
  }
  if (sub === 'validate') {
    if (!file) throw new UsageError('plugins validate needs a file');
    // `npm run` moves to the repo root; a relative path means the caller's directory.
    const format = formatOf(file, options.get('format'));
    const result = parseDataPlugin(
      readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8'),
      format,
      { coreVersion: CORE_VERSION },
    );
    if (result.ok) {
      const summary = pluginSummary(result.plugin, 'data');
      io.result({ valid: true, plugin: summary }, () =>
        io.out(
          `${file}: valid — ${summary.id} ${summary.version}, ${summary.checklistItems} checklist items`,
        ),
      );
      return 0;
    }
    io.result({ valid: false, errors: result.errors }, () => {
      io.err(
        `${file}: ${result.errors.length} error(s); a tenant upload of this file would install nothing:`,
      );
      for (const e of result.errors) io.err(`  - ${e.message}`);
    });
    return 1;
  }
  throw new UsageError(`Usage: npm run steward -- ${pluginsHelp}`);
}
