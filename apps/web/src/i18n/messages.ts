import { en } from './en.ts';
import { type MessageKey, zhCN } from './zh-cn.ts';

export type { MessageKey };

/** The same two locales as the API (`x-steward-locale`); zh-CN is the default everywhere. */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

/** Each locale's name written in that locale, for the language switch. */
export const localeNames: Record<Locale, string> = { 'zh-CN': '简体中文', en: 'English' };

export type Dictionary = Record<MessageKey, string>;

export const dictionaries: Record<Locale, Dictionary> = { 'zh-CN': zhCN, en };

export type MessageParams = Record<string, string | number>;

/** Looks up a text and fills `{name}` placeholders; an unknown placeholder is left visible, not blanked. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = dictionaries[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
