import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './errors.ts';
import { coreMessages, formatMessage, isLocale, LOCALES } from './messages.ts';
import { CORE_VERSION } from './version.ts';

describe('messages', () => {
  it('has zh-CN and English text for every key, and for every error code', () => {
    for (const [key, entry] of Object.entries(coreMessages)) {
      for (const locale of LOCALES) expect(entry[locale], `${key} ${locale}`).toMatch(/\S/);
    }
    for (const code of ERROR_CODES) {
      expect(coreMessages).toHaveProperty(`error.${code.toLowerCase()}`);
    }
  });

  it('fills placeholders in the requested locale', () => {
    expect(formatMessage('error.rate_limited.retry_after', 'zh-CN', { seconds: 5 })).toBe(
      '操作过于频繁，请在5秒后再试。',
    );
    expect(formatMessage('error.rate_limited.retry_after', 'en', { seconds: 5 })).toBe(
      'Too many requests. Please try again in 5 seconds.',
    );
  });

  it('defaults to zh-CN, shows unknown keys as themselves and leaves missing params visible', () => {
    expect(formatMessage('error.forbidden')).toBe('您没有执行此操作的权限。');
    expect(formatMessage('no.such.key', 'en')).toBe('no.such.key');
    expect(formatMessage('error.not_found.entity', 'en', { entity: 'site' })).toBe(
      'No site found with id {id}.',
    );
  });

  it('uses a caller catalogue first and falls back to the core one', () => {
    const extra = { 'plugin.hello': { 'zh-CN': '你好 {name}', en: 'Hello {name}' } };
    expect(formatMessage('plugin.hello', 'en', { name: 'Li' }, extra)).toBe('Hello Li');
    expect(formatMessage('error.forbidden', 'en', {}, extra)).toBe('You are not allowed to do this.');
  });

  it('knows its locales', () => {
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('fr')).toBe(false);
  });

  it('exports the package version', () => {
    expect(CORE_VERSION).toBe('0.1.0');
  });
});

describe('every message key the core emits exists', () => {
  it('covers dynamic keys', async () => {
    const { SCORE_LEVELS } = await import('./scoring/types.ts');
    const keys = [
      ...['patrol', 'joint', 'leadership', 'spot', 'self', 'external'].map((k) => `inspection.kind.${k}`),
      ...SCORE_LEVELS.map((l) => `score.level.${l}`),
      ...['floor_at_zero', 'bonus_cap', 'score_ceiling'].map((a) => `score.adjustment.${a}`),
      ...['item_result', 'rectification', 'complaint', 'bonus'].map((s) => `score.source.${s}`),
      ...['wrong_length', 'bad_character', 'bad_check_character', 'bad_org_code_check'].map(
        (r) => `credit_code.${r}`,
      ),
      ...['reward.score', 'deduction.score', 'reward.satisfaction', 'deduction.satisfaction'].map(
        (k) => `consequence.${k}`,
      ),
      ...[
        'termination.quarters',
        'termination.years',
        'termination.poor_feedback',
        'exit_warning',
        'retender',
      ].map((k) => `consequence.${k}`),
      ...['termination.quarters', 'termination.years', 'exit_warning', 'retender'].map((k) => `warning.${k}`),
      'calendar.no_working_days',
      'calendar.no_working_time',
      'weights.sum_not_100',
      'weights.level_out_of_range',
    ];
    for (const key of keys) expect(coreMessages, key).toHaveProperty([key]);
  });
});
