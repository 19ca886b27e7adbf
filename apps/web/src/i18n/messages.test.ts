import { describe, expect, it } from 'vitest';
import { dictionaries, isLocale, locales, translate } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys in every locale, none empty', () => {
    const zhKeys = Object.keys(dictionaries['zh-CN']).sort();
    for (const locale of locales) {
      const dictionary = dictionaries[locale];
      expect(Object.keys(dictionary).sort()).toEqual(zhKeys);
      for (const [key, text] of Object.entries(dictionary))
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in every locale', () => {
    for (const [key, zhText] of Object.entries(dictionaries['zh-CN'])) {
      expect(placeholders(dictionaries.en[key as keyof typeof dictionaries.en]), key).toEqual(
        placeholders(zhText),
      );
    }
  });

  it('name the product in both languages', () => {
    expect(translate('zh-CN', 'app.name')).toBe('后勤服务监管平台');
    expect(translate('en', 'app.name')).toBe('Steward');
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'system.migrations.value', { applied: 3, expected: 3 })).toBe('已应用 3 / 3');
    expect(translate('en', 'system.migrations.value', { applied: 2 })).toBe('2 of {expected} applied');
  });
});

describe('isLocale', () => {
  it('accepts only the supported locales', () => {
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('en-US')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});
