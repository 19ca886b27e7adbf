import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert, FormNotice } from '../../shell/form.tsx';
import { MonthGrid } from './month-grid.tsx';

type View = Awaited<ReturnType<typeof api.settings.calendar.query>>;
type Kind = 'holiday' | 'working';

/** Years without official data and without entries: deadlines there skip weekends only. */
export function missingYears(v: View): number[] {
  return v.coverage.filter((c) => c.missing).map((c) => c.year);
}

/**
 * The tenant's changes to the working calendar: days off and make-up working days for a year the official
 * data does not cover yet (or a local closure), each range with a name, and the month they land in.
 */
export function CalendarCard(props: { view: View; onChanged: (next: View) => void }) {
  const [kind, setKind] = createSignal<Kind>('holiday');
  const [from, setFrom] = createSignal('');
  const [to, setTo] = createSignal('');
  const [name, setName] = createSignal('');
  const [added, setAdded] = createSignal(false);
  const [version, setVersion] = createSignal(0);
  const [month, setMonth] = createSignal(`${props.view.thisYear + 1}-01`);
  const changed = (next: View) => {
    props.onChanged(next);
    setVersion((n) => n + 1);
  };
  const add = createAction(async () => {
    setAdded(false);
    const next = await api.settings.addCalendarOverride.mutate({
      kind: kind(),
      from: from(),
      ...(to() ? { to: to() } : {}),
      name: name(),
    });
    setMonth(from().slice(0, 7));
    changed(next);
    setAdded(true);
    setFrom('');
    setTo('');
    setName('');
  });
  const remove = createAction(async (dates: string[]) => {
    changed(await api.settings.removeCalendarOverrides.mutate({ dates }));
  });
  const input = (field: 'from' | 'to' | 'name', value: () => string, set: (v: string) => void) => (
    <Field
      label={t(`settings.cal.${field}`)}
      hint={
        field === 'to'
          ? t('settings.cal.to_hint')
          : field === 'name'
            ? t('settings.cal.name_hint')
            : undefined
      }
      errors={add.fieldErrors(field)}
    >
      {(ids) => (
        <input
          id={ids.id}
          name={field}
          type={field === 'name' ? 'text' : 'date'}
          required={field !== 'to'}
          maxLength={40}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          value={value()}
          onInput={(e) => set(e.currentTarget.value)}
        />
      )}
    </Field>
  );
  return (
    <section class="card" aria-labelledby="calendar-title" data-testid="calendar-card">
      <h2 id="calendar-title" class="card-title">
        {t('settings.cal.title')}
      </h2>
      <p class="hint">{t('settings.cal.lead', { last: props.view.officialUntil })}</p>
      <h3 class="subsection-title">{t('settings.cal.coverage')}</h3>
      <ul class="badges" data-testid="calendar-coverage">
        <For each={props.view.coverage}>
          {(c) => (
            <li
              class="badge"
              classList={{
                'badge-warn': c.missing,
                'badge-ok': c.official,
                'badge-info': !c.official && !c.missing,
              }}
            >
              {c.official
                ? t('settings.cal.year_official', { year: c.year })
                : c.missing
                  ? t('settings.cal.year_missing', { year: c.year })
                  : t('settings.cal.year_tenant', { year: c.year, count: c.overrides })}
            </li>
          )}
        </For>
      </ul>

      <h3 class="subsection-title">{t('settings.cal.entries')}</h3>
      <FormAlert message={remove.message()} />
      <Show when={props.view.groups.length > 0} fallback={<p class="hint">{t('settings.cal.none')}</p>}>
        <ul class="item-list" data-testid="calendar-entries">
          <For each={props.view.groups}>
            {(g) => (
              <li class="item" data-from={g.from}>
                <div class="item-main">
                  <span class="calendar-entry">
                    <span class={g.kind === 'holiday' ? 'badge badge-warn' : 'badge badge-info'}>
                      {t(g.kind === 'holiday' ? 'settings.cal.kind_holiday' : 'settings.cal.kind_working')}
                    </span>{' '}
                    <strong>{g.name}</strong>{' '}
                    {g.from === g.to
                      ? g.from
                      : t('settings.cal.range', { from: g.from, to: g.to, count: g.dates.length })}
                  </span>
                </div>
                <div class="item-actions">
                  <button
                    type="button"
                    class="button button-small button-danger"
                    disabled={remove.pending()}
                    onClick={() => void remove.run(g.dates)}
                  >
                    {t('settings.cal.remove')}
                  </button>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>

      <form
        class="form"
        data-testid="calendar-add"
        onSubmit={(e) => {
          e.preventDefault();
          void add.run();
        }}
      >
        <FormAlert message={add.message()} />
        <FormNotice message={added() && t('settings.cal.added')} />
        <Field label={t('settings.cal.kind')} errors={add.fieldErrors('kind')}>
          {(ids) => (
            <select
              id={ids.id}
              name="kind"
              value={kind()}
              onChange={(e) => setKind(e.currentTarget.value === 'working' ? 'working' : 'holiday')}
            >
              <option value="holiday">{t('settings.cal.kind_holiday')}</option>
              <option value="working">{t('settings.cal.kind_working')}</option>
            </select>
          )}
        </Field>
        <div class="field-row">
          {input('from', from, setFrom)}
          {input('to', to, setTo)}
        </div>
        {input('name', name, setName)}
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={add.pending()}>
            {t('settings.cal.add')}
          </button>
        </div>
      </form>
      <Show keyed when={month()}>
        {(m) => <MonthGrid initial={m} version={version()} />}
      </Show>
    </section>
  );
}
