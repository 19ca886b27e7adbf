import type { Role } from '@steward/access';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { localeNames, locales } from '../../i18n/messages.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { roleOptions } from '../../lib/roles.ts';
import { api } from '../../lib/trpc.ts';
import { CheckboxGroup, Field, FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { CalendarCard, missingYears } from './calendar-card.tsx';
import { RulesCard } from './rules-card.tsx';
import './settings.css';

type CalendarView = Awaited<ReturnType<typeof api.settings.calendar.query>>;

type Tenant = Awaited<ReturnType<typeof api.tenant.get.query>>;

/** Zones the browser knows; the current one first, in case the list lacks it. */
function zoneOptions(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, 'Asia/Shanghai', ...known])];
}

export default function SettingsPage() {
  const tenant = createLoader(() => api.tenant.get.query());
  const rules = createLoader(() => api.settings.rules.query());
  const calendar = createLoader(() => api.settings.calendar.query());
  const [calendarView, setCalendarView] = createSignal<CalendarView>();
  const view = () => calendarView() ?? calendar.data();
  return (
    <div class="page settings-page">
      <header class="page-header">
        <h1>{t('settings.title')}</h1>
        <p class="lead">{t('settings.lead')}</p>
      </header>
      <Show when={view() && missingYears(view()!).length > 0}>
        <p class="notice notice-warn" role="alert" data-testid="calendar-missing">
          {t('settings.coverage.missing', { years: missingYears(view()!).join('、') })}
        </p>
      </Show>
      <section class="card" aria-labelledby="general-title">
        <h2 id="general-title" class="card-title">
          {t('settings.general')}
        </h2>
        <Loaded loader={tenant}>{(current) => <SettingsForm tenant={current()} />}</Loaded>
      </section>
      <Loaded loader={rules}>{(current) => <RulesCard rules={current()} onSaved={() => undefined} />}</Loaded>
      <Loaded loader={calendar}>
        {(first) => <CalendarCard view={view() ?? first()} onChanged={setCalendarView} />}
      </Loaded>
    </div>
  );
}

function SettingsForm(props: { tenant: Tenant }) {
  const auth = useAuth();
  const [name, setName] = createSignal(props.tenant.name);
  const [region, setRegion] = createSignal(props.tenant.region);
  const [timeZone, setTimeZone] = createSignal(props.tenant.timeZone);
  const [locale, setLocale] = createSignal(props.tenant.locale);
  const [mfaRoles, setMfaRoles] = createSignal<Role[]>(props.tenant.settings.mfaRequiredRoles as Role[]);
  const [saved, setSaved] = createSignal(false);
  const save = createAction(async () => {
    setSaved(false);
    await api.tenant.update.mutate({
      name: name().trim(),
      region: region().trim(),
      timeZone: timeZone(),
      locale: locale() === 'en' ? 'en' : 'zh-CN',
      mfaRequiredRoles: mfaRoles(),
    });
    setSaved(true);
    // The name, the zone and whether 2FA is now owed all live in `auth.me`.
    await auth.reload();
  });
  const text = (field: 'name' | 'region', value: () => string, set: (v: string) => void) => (
    <Field label={t(`settings.${field}`)} errors={save.fieldErrors(field)}>
      {(ids) => (
        <input
          id={ids.id}
          name={field}
          required={field === 'name'}
          maxLength={100}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          value={value()}
          onInput={(event) => set(event.currentTarget.value)}
        />
      )}
    </Field>
  );
  return (
    <form
      class="form"
      data-testid="settings-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run();
      }}
    >
      <FormAlert message={save.message()} />
      <FormNotice message={saved() && t('common.saved')} />
      {text('name', name, setName)}
      {text('region', region, setRegion)}
      <Field
        label={t('settings.time_zone')}
        hint={t('settings.time_zone_hint')}
        errors={save.fieldErrors('timeZone')}
      >
        {(ids) => (
          <select
            id={ids.id}
            name="timeZone"
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            value={timeZone()}
            onChange={(event) => setTimeZone(event.currentTarget.value)}
          >
            <For each={zoneOptions(props.tenant.timeZone)}>
              {(zone) => <option value={zone}>{zone}</option>}
            </For>
          </select>
        )}
      </Field>
      <Field label={t('settings.locale')} errors={save.fieldErrors('locale')}>
        {(ids) => (
          <select
            id={ids.id}
            name="locale"
            aria-describedby={ids.describedBy}
            value={locale()}
            onChange={(event) => setLocale(event.currentTarget.value)}
          >
            <For each={locales}>{(option) => <option value={option}>{localeNames[option]}</option>}</For>
          </select>
        )}
      </Field>
      <CheckboxGroup
        legend={t('settings.mfa_roles')}
        name="mfaRequiredRoles"
        options={roleOptions()}
        selected={mfaRoles()}
        onChange={setMfaRoles}
        errors={save.fieldErrors('mfaRequiredRoles')}
      />
      <div class="form-actions">
        <button type="submit" class="button button-primary" disabled={save.pending()}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
