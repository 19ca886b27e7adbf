import { For } from 'solid-js';
import { locale, setLocale, t } from '../i18n/locale.ts';
import { isLocale, localeNames, locales } from '../i18n/messages.ts';
import { GlobeIcon } from './icons.tsx';

export function LanguageSwitch() {
  return (
    <label class="language-switch">
      <GlobeIcon />
      <span class="visually-hidden">{t('locale.label')}</span>
      <select
        data-testid="language-switch"
        value={locale()}
        onChange={(event) => {
          const next = event.currentTarget.value;
          if (isLocale(next)) setLocale(next);
        }}
      >
        <For each={locales}>
          {(option) => (
            <option value={option} lang={option}>
              {localeNames[option]}
            </option>
          )}
        </For>
      </select>
    </label>
  );
}
