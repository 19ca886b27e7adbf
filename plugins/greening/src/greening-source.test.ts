import { describe, expect, it } from 'vitest';
import { greeningYaml } from './greening-source.ts';
import { readGreeningYaml } from './index.ts';

describe('greening-source.ts', () => {
  it('holds exactly the text of greening.plugin.yaml (else: npm run generate-source -w @steward/plugin-greening)', () => {
    expect(greeningYaml).toBe(readGreeningYaml());
  });
});
