// Regenerates src/greening-source.ts from greening.plugin.yaml: the same text as a module, for hosts that
// cannot read files at run time (Workers). `src/greening-source.test.ts` fails when the two drift apart.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const yaml = readFileSync(new URL('../greening.plugin.yaml', import.meta.url), 'utf8');
const outPath = fileURLToPath(new URL('../src/greening-source.ts', import.meta.url));
const lines = yaml.split('\n').map((line) => `  ${JSON.stringify(line)},`);
writeFileSync(
  outPath,
  [
    '// GENERATED from greening.plugin.yaml by `npm run generate-source -w @steward/plugin-greening`; do not edit.',
    '// The YAML as a module, so hosts without a file system (Workers) load exactly the file a tenant could upload.',
    'export const greeningYaml: string = [',
    ...lines,
    "].join('\\n');",
    '',
  ].join('\n'),
);
execFileSync('npx', ['biome', 'format', '--write', outPath], { stdio: 'inherit' });
console.log(`wrote ${outPath}`);
