import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert } from '../../shell/form.tsx';
import type { Plan } from './plans-api.ts';

/** Reassign or cancel (with a reason) an open plan: for those who manage plans. */
export function PlanManage(props: {
  plan: Plan;
  assignees: readonly { userId: string; name: string }[];
  onChanged: () => Promise<void>;
}) {
  const [mode, setMode] = createSignal<'none' | 'reassign' | 'cancel'>('none');
  const [assignee, setAssignee] = createSignal(props.plan.assigneeUserId ?? '');
  const [reason, setReason] = createSignal('');
  const reassign = createAction(async () => {
    await api.plans.reassign.mutate({ id: props.plan.id, assigneeUserId: assignee() || null });
    setMode('none');
    await props.onChanged();
  });
  const cancel = createAction(async () => {
    await api.plans.cancel.mutate({ id: props.plan.id, reason: reason() });
    setMode('none');
    await props.onChanged();
  });
  const open = () => props.plan.status === 'planned' || props.plan.status === 'missed';
  return (
    <Show when={open()}>
      <div class="item-actions">
        <button type="button" class="button button-small" onClick={() => setMode('reassign')}>
          {t('plans.reassign')}
        </button>
        <button type="button" class="button button-small" onClick={() => setMode('cancel')}>
          {t('plans.cancel')}
        </button>
      </div>
      <Show when={mode() === 'reassign'}>
        <form
          class="item-editor plan-editor"
          onSubmit={(e) => {
            e.preventDefault();
            void reassign.run();
          }}
        >
          <label class="field">
            <span class="field-label">{t('plans.filter.assignee')}</span>
            <select
              value={assignee()}
              onChange={(e) => setAssignee(e.currentTarget.value)}
              data-testid="plan-assignee"
            >
              <option value="">{t('plans.unassigned')}</option>
              <For each={props.assignees}>{(a) => <option value={a.userId}>{a.name}</option>}</For>
            </select>
          </label>
          <FormAlert message={reassign.message()} />
          <div class="form-actions">
            <button type="submit" class="button button-primary button-small" disabled={reassign.pending()}>
              {t('plans.reassign.save')}
            </button>
            <button type="button" class="button button-small" onClick={() => setMode('none')}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </Show>
      <Show when={mode() === 'cancel'}>
        <form
          class="item-editor plan-editor"
          onSubmit={(e) => {
            e.preventDefault();
            void cancel.run();
          }}
        >
          <label class="field">
            <span class="field-label">{t('plans.cancel.reason')}</span>
            <input
              value={reason()}
              onInput={(e) => setReason(e.currentTarget.value)}
              maxLength={500}
              data-testid="plan-cancel-reason"
            />
          </label>
          <Show when={cancel.fieldErrors('reason').length > 0}>
            <ul class="field-errors">
              <For each={cancel.fieldErrors('reason')}>{(m) => <li>{m}</li>}</For>
            </ul>
          </Show>
          <FormAlert message={cancel.fieldErrors('reason').length > 0 ? null : cancel.message()} />
          <div class="form-actions">
            <button type="submit" class="button button-danger button-small" disabled={cancel.pending()}>
              {t('plans.cancel.confirm')}
            </button>
            <button type="button" class="button button-small" onClick={() => setMode('none')}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </Show>
    </Show>
  );
}
