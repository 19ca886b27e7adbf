import { afterEach, describe, expect, it } from 'vitest';
import { locale, readStoredLocale, setLocale, t } from './locale.ts';

afterEach(() => {
  setLocale('zh-CN');
  localStorage.clear();
});

describe('readStoredLocale', () => {
  it('defaults to zh-CN when nothing or something unknown is saved', () => {
    expect(readStoredLocale(undefined)).toBe('zh-CN');
    expect(readStoredLocale({ getItem: () => null })).toBe('zh-CN');
    expect(readStoredLocale({ getItem: () => 'fr' })).toBe('zh-CN');
    expect(readStoredLocale({ getItem: () => 'en' })).toBe('en');
  });

  it('falls back to zh-CN when storage throws', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readStoredLocale(blocked)).toBe('zh-CN');
  });
});

describe('setLocale', () => {
  it('switches the texts, saves the choice and updates <html lang>', () => {
    expect(locale()).toBe('zh-CN');
    expect(t('nav.home')).toBe('首页');
    setLocale('en');
    expect(t('nav.home')).toBe('Home');
    expect(localStorage.getItem('steward.locale')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Steward');
  });
});
