import type { Role } from '@steward/access';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { roleName } from '../../lib/roles.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';

/**
 * Which contractor and general-contractor sign-ins act for this vendor (memberships.vendor_id). A linked
 * contractor sees only this vendor's contracts, inspections and notices.
 */
export function MembersSection(props: { vendorId: string; onChanged: () => Promise<void> }) {
  const candidates = createLoader(() => api.vendors.memberCandidates.query());
  const [picked, setPicked] = createSignal('');
  const link = createAction(async (membershipId: string, vendorId: string | null) => {
    await api.vendors.linkMember.mutate({ membershipId, vendorId });
    setPicked('');
    await candidates.reload();
    await props.onChanged();
  });
  const label = (m: { displayName: string; email: string; roles: string[] }) =>
    `${m.displayName} (${m.email}) · ${m.roles.map((r) => roleName(r as Role)).join('、')}`;
  return (
    <section class="card" aria-labelledby="members-title">
      <h2 id="members-title" class="card-title">
        {t('vendor_members.title')}
      </h2>
      <p class="hint">{t('vendor_members.lead')}</p>
      <Loaded loader={candidates}>
        {(list) => (
          <>
            <FormAlert message={link.message()} />
            <ul class="item-list" data-testid="member-list">
              <For
                each={list().filter((m) => m.vendorId === props.vendorId)}
                fallback={<li class="hint">{t('vendor_members.none')}</li>}
              >
                {(m) => (
                  <li class="item">
                    <div class="item-main">{label(m)}</div>
                    <div class="item-actions">
                      <button
                        type="button"
                        class="button button-small"
                        disabled={link.pending()}
                        onClick={() => void link.run(m.membershipId, null)}
                      >
                        {t('vendor_members.unlink')}
                      </button>
                    </div>
                  </li>
                )}
              </For>
            </ul>
            <form
              class="form"
              onSubmit={(event) => {
                event.preventDefault();
                if (picked()) void link.run(picked(), props.vendorId);
              }}
            >
              <Field label={t('vendor_members.pick')}>
                {(ids) => (
                  <select
                    id={ids.id}
                    name="membershipId"
                    data-testid="member-pick"
                    value={picked()}
                    onChange={(e) => setPicked(e.currentTarget.value)}
                  >
                    <option value="">—</option>
                    <For each={list().filter((m) => m.vendorId !== props.vendorId)}>
                      {(m) => (
                        <option value={m.membershipId}>
                          {label(m)}
                          {m.vendorId ? ` — ${t('vendor_members.linked_elsewhere')}` : ''}
                        </option>
                      )}
                    </For>
                  </select>
                )}
              </Field>
              <Show when={list().length === 0}>
                <p class="hint">{t('vendor_members.no_candidates')}</p>
              </Show>
              <div class="form-actions">
                <button type="submit" class="button button-primary" disabled={!picked() || link.pending()}>
                  {t('vendor_members.link')}
                </button>
              </div>
            </form>
          </>
        )}
      </Loaded>
    </section>
  );
}
