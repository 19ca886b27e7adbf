import type { Role } from '@steward/access';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { roleName, roleOptions } from '../../lib/roles.ts';
import { api } from '../../lib/trpc.ts';
import { CheckboxGroup, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';

type Person = Awaited<ReturnType<typeof api.people.list.query>>[number];

export function PeopleSection() {
  const people = createLoader(() => api.people.list.query());
  return (
    <section class="card" aria-labelledby="people-title">
      <h2 id="people-title" class="card-title">
        {t('people.title')}
      </h2>
      <Loaded loader={people}>
        {(list) => (
          <ul class="item-list" data-testid="people-list">
            <For each={list()}>{(person) => <PersonItem person={person} onChanged={people.reload} />}</For>
          </ul>
        )}
      </Loaded>
    </section>
  );
}

function PersonItem(props: { person: Person; onChanged: () => Promise<void> }) {
  const auth = useAuth();
  const isMe = () => props.person.userId === auth.me()?.userId;
  const [editing, setEditing] = createSignal(false);
  const [roles, setRoles] = createSignal<Role[]>([]);
  const saveRoles = createAction(async () => {
    await api.people.setRoles.mutate({ membershipId: props.person.membershipId, roles: roles() });
    setEditing(false);
    await props.onChanged();
  });
  const toggle = createAction(async () => {
    await api.people.setDisabled.mutate({
      membershipId: props.person.membershipId,
      disabled: !props.person.disabledAt,
    });
    await props.onChanged();
  });
  return (
    <li class="item" data-testid="person-item" data-email={props.person.email}>
      <div class="item-main">
        <strong>
          {props.person.displayName}
          <Show when={isMe()}>{t('people.you')}</Show>
        </strong>
        <span class="hint">{props.person.email}</span>
        <span class="badges">
          <For each={props.person.roles as Role[]}>
            {(role) => <span class="badge badge-info">{roleName(role)}</span>}
          </For>
          <Show when={props.person.hasTotp}>
            <span class="badge badge-ok">{t('people.totp_on')}</span>
          </Show>
          <Show when={props.person.disabledAt}>
            <span class="badge badge-danger">{t('people.disabled')}</span>
          </Show>
        </span>
      </div>
      <Show when={!editing()}>
        <div class="item-actions">
          <button
            type="button"
            class="button button-small"
            onClick={() => {
              setRoles(props.person.roles as Role[]);
              setEditing(true);
            }}
          >
            {t('people.edit_roles')}
          </button>
          {/* Disabling yourself would lock you out mid-session; another admin can do it. */}
          <Show when={!isMe()}>
            <button
              type="button"
              class={props.person.disabledAt ? 'button button-small' : 'button button-small button-danger'}
              disabled={toggle.pending()}
              onClick={() => void toggle.run()}
            >
              {props.person.disabledAt ? t('people.enable') : t('people.disable')}
            </button>
          </Show>
        </div>
      </Show>
      <FormAlert message={toggle.message()} />
      <Show when={editing()}>
        <form
          class="item-editor form"
          onSubmit={(event) => {
            event.preventDefault();
            void saveRoles.run();
          }}
        >
          <FormAlert message={saveRoles.message()} />
          <CheckboxGroup
            legend={t('people.roles')}
            name="roles"
            options={roleOptions()}
            selected={roles()}
            onChange={setRoles}
            errors={saveRoles.fieldErrors('roles')}
          />
          <div class="form-actions">
            <button type="submit" class="button button-primary" disabled={saveRoles.pending()}>
              {t('common.save')}
            </button>
            <button type="button" class="button" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </Show>
    </li>
  );
}
