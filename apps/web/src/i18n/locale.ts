import { createSignal } from 'solid-js';
import {
  defaultLocale,
  isLocale,
  type Locale,
  type MessageKey,
  type MessageParams,
  translate,
} from './messages.ts';

const storageKey = 'steward.locale';

/** The saved choice, or zh-CN. Storage can be unavailable (private mode, blocked): then the default. */
export function readStoredLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale {
  try {
    const saved = storage?.getItem(storageKey);
    return isLocale(saved) ? saved : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

const [locale, setLocaleSignal] = createSignal<Locale>(readStoredLocale(browserStorage()));

/** The current locale; read it inside JSX or a memo and the UI follows a switch. */
export { locale };

/** Switches the UI language, remembers it, and keeps `<html lang>` right for screen readers and fonts. */
export function setLocale(next: Locale): void {
  setLocaleSignal(next);
  try {
    browserStorage()?.setItem(storageKey, next);
  } catch {
    // Not saved: the choice still holds for this visit.
  }
  applyDocumentLocale(next);
}

export function applyDocumentLocale(current: Locale = locale()): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = current;
  document.title = translate(current, 'app.name');
}

/** Translates in the current locale; reactive when called inside JSX. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(locale(), key, params);
}
