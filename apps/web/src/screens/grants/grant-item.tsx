import { GRANT_ACTIONS, type GrantAction } from '@steward/access';
import { createSignal, Show } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';

export type Grant = Awaited<ReturnType<typeof api.grants.list.query>>[number];

const stateBadge: Record<Grant['state'], string> = {
  active: 'badge badge-ok',
  not_yet_valid: 'badge badge-info',
  expired: 'badge badge-muted',
  revoked: 'badge badge-danger',
};

export function GrantItem(props: {
  grant: Grant;
  siteNames: Map<string, string>;
  manage: boolean;
  onChanged: () => Promise<void>;
}) {
  const timeZone = useTimeZone();
  const [revoking, setRevoking] = createSignal(false);
  const [reason, setReason] = createSignal('');
  const revoke = createAction(async () => {
    await api.grants.revoke.mutate({ id: props.grant.id, reason: reason().trim() });
    setRevoking(false);
    await props.onChanged();
  });
  const g = () => props.grant;
  const when = (value: string) => formatDateTime(value, locale(), timeZone());
  const list = (values: readonly string[]) => (values.length > 0 ? values.join('、') : t('grants.scope_all'));
  const actions = () =>
    GRANT_ACTIONS.filter((a) => (g().actions as GrantAction[]).includes(a))
      .map((a) => t(`grants.action.${a}`))
      .join('、');
  return (
    <li class="item" data-testid="grant-item" data-state={g().state}>
      <div class="item-main">
        <strong>
          {g().displayName} <span class="hint-inline">{g().email}</span>
        </strong>
        <span class="badges">
          <span class={stateBadge[g().state]}>{t(`grants.state.${g().state}`)}</span>
          <span class="badge badge-muted">{actions()}</span>
        </span>
        <span class="hint">
          {t('grants.sites')}: {list(g().siteIds.map((id) => props.siteNames.get(id) ?? id))}
          <Show when={g().contractIds.length > 0}>
            {' · '}
            {t('grants.contracts')}: {list(g().contractIds)}
          </Show>
          <Show when={g().serviceLineIds.length > 0}>
            {' · '}
            {t('grants.service_lines')}: {list(g().serviceLineIds)}
          </Show>
        </span>
        <span class="hint">
          {t('grants.window', { from: when(g().validFrom), until: when(g().validUntil) })}
        </span>
        <span class="hint">{t('grants.granted_for', { reason: g().reason })}</span>
        <Show when={g().revokeReason}>
          {(why) => <span class="hint">{t('grants.revoked_for', { reason: why() })}</span>}
        </Show>
      </div>
      <Show when={props.manage && !revoking() && (g().state === 'active' || g().state === 'not_yet_valid')}>
        <button type="button" class="button button-small button-danger" onClick={() => setRevoking(true)}>
          {t('grants.revoke')}
        </button>
      </Show>
      <Show when={revoking()}>
        <form
          class="item-editor form"
          onSubmit={(event) => {
            event.preventDefault();
            void revoke.run();
          }}
        >
          <FormAlert message={revoke.message()} />
          <Field label={t('grants.revoke_reason')} errors={revoke.fieldErrors('reason')}>
            {(ids) => (
              <input
                id={ids.id}
                name="revokeReason"
                required
                minLength={2}
                maxLength={500}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                value={reason()}
                onInput={(event) => setReason(event.currentTarget.value)}
              />
            )}
          </Field>
          <div class="form-actions">
            <button type="submit" class="button button-danger" disabled={revoke.pending()}>
              {t('grants.revoke_confirm')}
            </button>
            <button type="button" class="button" onClick={() => setRevoking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </Show>
    </li>
  );
}
