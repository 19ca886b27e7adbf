// Usage: npm run new-plugin -- <id> [--dir <plugins folder>]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scaffoldPluginFiles } from '../src/scaffold/files.ts';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const pluginsDir =
  dirFlag >= 0 && args[dirFlag + 1]
    ? resolve(args[dirFlag + 1]!)
    : resolve(dirname(fileURLToPath(import.meta.url)), '../../../plugins');
const id = args.find((a, i) => !a.startsWith('--') && (dirFlag < 0 || i !== dirFlag + 1));

if (!id) {
  console.error('usage: npm run new-plugin -- <id>   (a kebab-case id, e.g. "parking")');
  process.exit(2);
}
let files: Record<string, string>;
try {
  files = scaffoldPluginFiles(id);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
}
const target = join(pluginsDir, id);
if (existsSync(target)) {
  console.error(`${target} already exists — choose another id or remove it first`);
  process.exit(1);
}
for (const [path, content] of Object.entries(files)) {
  mkdirSync(dirname(join(target, path)), { recursive: true });
  writeFileSync(join(target, path), content);
}
const shown = relative(process.cwd(), target) || target;
console.log(`Created ${shown} (@steward/plugin-${id}). Next:
  1. flock /tmp/steward-npm.lock npm install        (links the new workspace package)
  2. npm test --workspace @steward/plugin-${id}      (runs the plugin test kit)
  3. edit ${shown}/src/index.ts, then register it in apps/api/src/plugins.ts
See docs/plugins.md.`);
