import { describe, expect, it } from 'vitest';
import { readNodeServerConfig } from './config.ts';

describe('Node server configuration', () => {
  it('uses prepared statements unless the operator turns them off for a pooler', () => {
    expect(readNodeServerConfig({}).preparedStatements).toBe(true);
    expect(readNodeServerConfig({ STEWARD_DB_PREPARE: '1' }).preparedStatements).toBe(true);
    expect(readNodeServerConfig({ STEWARD_DB_PREPARE: '0' }).preparedStatements).toBe(false);
  });

  it('refuses a port that is not one', () => {
    expect(() => readNodeServerConfig({ PORT: 'eighty' })).toThrow(/PORT must be a port number/);
  });
});
