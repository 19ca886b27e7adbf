import { GRANT_ACTIONS, type GrantAction, type Role } from '@steward/access';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { splitList } from '../../lib/list-input.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { isoToZonedLocal, zonedLocalToIso } from '../../lib/zoned-time.ts';
import { CheckboxGroup, Field, FormAlert, FormNotice } from '../../shell/form.tsx';

type Person = Awaited<ReturnType<typeof api.people.list.query>>[number];
type Site = Awaited<ReturnType<typeof api.sites.list.query>>[number];

const GRANTEE_ROLES: readonly Role[] = ['external_inspector', 'evaluator'];
const DAY_MS = 24 * 3600 * 1000;

/** Members who can hold a grant: external inspectors and evaluators who are not disabled. */
export function granteesOf(people: readonly Person[]): Person[] {
  return people.filter(
    (person) => !person.disabledAt && (person.roles as Role[]).some((role) => GRANTEE_ROLES.includes(role)),
  );
}

export function GrantForm(props: { people: Person[]; sites: Site[]; onCreated: () => Promise<void> }) {
  const timeZone = useTimeZone();
  const [userId, setUserId] = createSignal('');
  const [actions, setActions] = createSignal<GrantAction[]>(['read']);
  const [siteIds, setSiteIds] = createSignal<string[]>([]);
  const [contracts, setContracts] = createSignal('');
  const [serviceLines, setServiceLines] = createSignal('');
  const now = Date.now();
  const [from, setFrom] = createSignal(isoToZonedLocal(now, timeZone()));
  const [until, setUntil] = createSignal(isoToZonedLocal(now + 30 * DAY_MS, timeZone()));
  const [reason, setReason] = createSignal('');
  const [created, setCreated] = createSignal(false);

  const create = createAction(async () => {
    setCreated(false);
    await api.grants.create.mutate({
      userId: userId(),
      actions: actions(),
      siteIds: siteIds(),
      contractIds: splitList(contracts()),
      serviceLineIds: splitList(serviceLines()),
      // An unreadable value goes as '' so the server's message lands on the field.
      validFrom: zonedLocalToIso(from(), timeZone()) ?? '',
      validUntil: zonedLocalToIso(until(), timeZone()) ?? '',
      reason: reason().trim(),
    });
    setCreated(true);
    setReason('');
    await props.onCreated();
  });

  const grantees = () => granteesOf(props.people);
  const activeSites = () => props.sites.filter((site) => !site.archivedAt);
  const fieldErrors = (...fields: string[]) => fields.flatMap((f) => create.fieldErrors(f));

  return (
    <form
      class="form"
      data-testid="grant-form"
      onSubmit={(event) => {
        event.preventDefault();
        void create.run();
      }}
    >
      <FormAlert message={create.message()} />
      <FormNotice message={created() && t('grants.created')} />
      <Field label={t('grants.user')} hint={t('grants.user_hint')} errors={create.fieldErrors('userId')}>
        {(ids) => (
          <select
            id={ids.id}
            name="userId"
            required
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            value={userId()}
            onChange={(event) => setUserId(event.currentTarget.value)}
          >
            <option value="">{t('grants.choose')}</option>
            <For each={grantees()}>
              {(person) => (
                <option value={person.userId}>
                  {person.displayName} · {person.email}
                </option>
              )}
            </For>
          </select>
        )}
      </Field>
      <Show when={grantees().length === 0}>
        <p class="notice notice-warn">{t('grants.user_none')}</p>
      </Show>
      <CheckboxGroup
        legend={t('grants.actions')}
        name="actions"
        options={GRANT_ACTIONS.map((action) => ({ value: action, label: t(`grants.action.${action}`) }))}
        selected={actions()}
        onChange={setActions}
        errors={fieldErrors('actions')}
      />
      <CheckboxGroup
        legend={t('grants.sites')}
        name="siteIds"
        options={activeSites().map((site) => ({ value: site.id, label: `${site.name} (${site.code})` }))}
        selected={siteIds()}
        onChange={setSiteIds}
        errors={fieldErrors('siteIds')}
      />
      <Field label={t('grants.contracts')} hint={t('grants.multi_hint')} errors={fieldErrors('contractIds')}>
        {(ids) => (
          <textarea
            id={ids.id}
            name="contractIds"
            rows={2}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            value={contracts()}
            onInput={(event) => setContracts(event.currentTarget.value)}
          />
        )}
      </Field>
      <Field
        label={t('grants.service_lines')}
        hint={t('grants.multi_hint')}
        errors={fieldErrors('serviceLineIds')}
      >
        {(ids) => (
          <textarea
            id={ids.id}
            name="serviceLineIds"
            rows={2}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            value={serviceLines()}
            onInput={(event) => setServiceLines(event.currentTarget.value)}
          />
        )}
      </Field>
      <div class="field-row">
        <Field
          label={t('grants.valid_from')}
          hint={t('grants.zone_hint', { zone: timeZone() })}
          errors={create.fieldErrors('validFrom')}
        >
          {(ids) => (
            <input
              id={ids.id}
              name="validFrom"
              type="datetime-local"
              required
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              value={from()}
              onInput={(event) => setFrom(event.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label={t('grants.valid_until')}
          hint={t('grants.zone_hint', { zone: timeZone() })}
          errors={create.fieldErrors('validUntil')}
        >
          {(ids) => (
            <input
              id={ids.id}
              name="validUntil"
              type="datetime-local"
              required
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              value={until()}
              onInput={(event) => setUntil(event.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <Field label={t('grants.reason')} errors={create.fieldErrors('reason')}>
        {(ids) => (
          <textarea
            id={ids.id}
            name="reason"
            required
            minLength={2}
            maxLength={500}
            rows={2}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            value={reason()}
            onInput={(event) => setReason(event.currentTarget.value)}
          />
        )}
      </Field>
      <div class="form-actions">
        <button type="submit" class="button button-primary" disabled={create.pending()}>
          {t('grants.create')}
        </button>
      </div>
    </form>
  );
}
