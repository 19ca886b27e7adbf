import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert } from '../../shell/form.tsx';
import type { InspectionView } from './inspections-api.ts';
import { partyName } from './labels.ts';

const PARTIES = ['supervision', 'general_contractor', 'department', 'leader', 'vendor'] as const;
type Party = (typeof PARTIES)[number];

/** The parties to a joint inspection, while it is a draft: each of them signs the record once submitted. */
export function ParticipantsCard(props: { view: InspectionView; onChanged: () => Promise<void> }) {
  const auth = useAuth();
  const people = createLoader(() =>
    auth.can('people.read') ? api.people.list.query() : Promise.resolve([]),
  );
  const [userId, setUserId] = createSignal('');
  const [party, setParty] = createSignal<Party>('general_contractor');
  const add = createAction(async () => {
    if (!userId()) return;
    await api.inspections.addParticipant.mutate({
      inspectionId: props.view.inspection.id,
      userId: userId(),
      party: party(),
    });
    setUserId('');
    await props.onChanged();
  });
  const candidates = () =>
    (people.data() ?? []).filter(
      (p) => !p.disabledAt && !props.view.participants.some((x) => x.userId === p.userId),
    );
  return (
    <section class="card" data-testid="participants">
      <h2 class="card-title">{t('insp.participants')}</h2>
      <ul class="item-list">
        <For each={props.view.participants}>
          {(p) => (
            <li class="item">
              {p.displayName} <span class="badge badge-muted">{partyName(p.party)}</span>
            </li>
          )}
        </For>
      </ul>
      <Show when={auth.can('people.read')}>
        <form
          class="form"
          onSubmit={(e) => {
            e.preventDefault();
            void add.run();
          }}
        >
          <FormAlert message={add.message()} />
          <label class="field">
            <span class="field-label">{t('insp.participant_add')}</span>
            <select name="participant" value={userId()} onChange={(e) => setUserId(e.currentTarget.value)}>
              <option value="" />
              <For each={candidates()}>{(p) => <option value={p.userId}>{p.displayName}</option>}</For>
            </select>
          </label>
          <label class="field">
            <span class="field-label">{t('insp.party')}</span>
            <select name="party" value={party()} onChange={(e) => setParty(e.currentTarget.value as Party)}>
              <For each={PARTIES}>{(p) => <option value={p}>{partyName(p)}</option>}</For>
            </select>
          </label>
          <div class="form-actions">
            <button type="submit" class="button" disabled={!userId() || add.pending()}>
              {t('insp.participant_add_button')}
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
}
