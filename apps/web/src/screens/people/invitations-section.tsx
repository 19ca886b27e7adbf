import type { Role } from '@steward/access';
import { createSignal, For, Show } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { formatDateTime } from '../../lib/format.ts';
import { createLoader } from '../../lib/loader.ts';
import { roleName, roleOptions } from '../../lib/roles.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { CopyButton } from '../../shell/copy-button.tsx';
import { CheckboxGroup, Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';

/** Invite by email with roles; the link comes back at once, to copy, besides the queued email. */
export function InvitationsSection() {
  const timeZone = useTimeZone();
  const open = createLoader(() => api.people.invitations.query());
  const [email, setEmail] = createSignal('');
  const [displayName, setDisplayName] = createSignal('');
  const [roles, setRoles] = createSignal<Role[]>([]);
  const [link, setLink] = createSignal<string | null>(null);
  const invite = createAction(async () => {
    setLink(null);
    const created = await api.people.invite.mutate({
      email: email().trim(),
      displayName: displayName().trim(),
      roles: roles(),
    });
    setLink(created.link);
    setEmail('');
    setDisplayName('');
    setRoles([]);
    await open.reload();
  });
  const revoke = createAction(async (id: string) => {
    await api.people.revokeInvitation.mutate({ id });
    await open.reload();
  });
  return (
    <section class="card" aria-labelledby="invitations-title">
      <h2 id="invitations-title" class="card-title">
        {t('invitations.title')}
      </h2>
      <form
        class="form"
        data-testid="invite-form"
        onSubmit={(event) => {
          event.preventDefault();
          void invite.run();
        }}
      >
        <p class="hint">{t('invitations.lead')}</p>
        <FormAlert message={invite.message()} />
        <Field label={t('invitations.email')} errors={invite.fieldErrors('email')}>
          {(ids) => (
            <input
              id={ids.id}
              name="email"
              type="email"
              required
              inputmode="email"
              autocomplete="off"
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              value={email()}
              onInput={(event) => setEmail(event.currentTarget.value)}
            />
          )}
        </Field>
        <Field label={t('invitations.display_name')} errors={invite.fieldErrors('displayName')}>
          {(ids) => (
            <input
              id={ids.id}
              name="displayName"
              maxLength={100}
              autocomplete="off"
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              value={displayName()}
              onInput={(event) => setDisplayName(event.currentTarget.value)}
            />
          )}
        </Field>
        <CheckboxGroup
          legend={t('invitations.roles')}
          name="roles"
          options={roleOptions()}
          selected={roles()}
          onChange={setRoles}
          errors={invite.fieldErrors('roles')}
        />
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={invite.pending()}>
            {t('invitations.submit')}
          </button>
        </div>
        <Show when={link()}>
          {(url) => (
            <div class="link-box notice notice-ok" role="status">
              <span>{t('invitations.link_ready')}</span>
              <code data-testid="invitation-link">{url()}</code>
              <div>
                <CopyButton text={url()} />
              </div>
            </div>
          )}
        </Show>
      </form>
      <h3 class="subsection-title">{t('invitations.open')}</h3>
      <FormAlert message={revoke.message()} />
      <Loaded loader={open}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="hint">{t('invitations.none')}</p>}>
            <ul class="item-list" data-testid="invitation-list">
              <For each={list()}>
                {(invitation) => (
                  <li class="item" data-email={invitation.email}>
                    <div class="item-main">
                      <strong>{invitation.displayName || invitation.email}</strong>
                      <Show when={invitation.displayName}>
                        <span class="hint">{invitation.email}</span>
                      </Show>
                      <span class="badges">
                        <For each={invitation.roles as Role[]}>
                          {(role) => <span class="badge badge-info">{roleName(role)}</span>}
                        </For>
                      </span>
                      <span class="hint">
                        {t('invitations.expires', {
                          time: formatDateTime(invitation.expiresAt, locale(), timeZone()),
                        })}
                      </span>
                    </div>
                    <button
                      type="button"
                      class="button button-small button-danger"
                      disabled={revoke.pending()}
                      onClick={() => void revoke.run(invitation.id)}
                    >
                      {t('invitations.revoke')}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Loaded>
    </section>
  );
}
