import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../auth/session.tsx';
import { t } from '../i18n/locale.ts';
import { errorDisplay } from '../lib/error-message.ts';

/** Only for people who belong to several agencies (an evaluator often does). */
export function TenantSwitch() {
  const auth = useAuth();
  const [failure, setFailure] = createSignal<string | null>(null);
  const tenants = () => auth.me()?.tenants ?? [];
  return (
    <Show when={tenants().length > 1}>
      <label class="tenant-switch">
        <span class="visually-hidden">{t('shell.tenant')}</span>
        <select
          data-testid="tenant-switch"
          value={auth.me()?.activeTenantId ?? ''}
          title={failure() ?? undefined}
          onChange={async (event) => {
            setFailure(null);
            try {
              await auth.switchTenant(event.currentTarget.value);
            } catch (error) {
              setFailure(`${t('shell.switch_failed')}: ${errorDisplay(error, t).message}`);
            }
          }}
        >
          <Show when={!auth.me()?.activeTenantId}>
            <option value="">{t('shell.tenant')}</option>
          </Show>
          <For each={tenants()}>{(tenant) => <option value={tenant.id}>{tenant.name}</option>}</For>
        </select>
      </label>
      <Show when={failure()}>
        <span class="visually-hidden" role="alert">
          {failure()}
        </span>
      </Show>
    </Show>
  );
}
