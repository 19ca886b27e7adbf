import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { currentMonth, points } from './score-month.ts';

type Level = 'daily' | 'monthly' | 'semiannual';

/** Contract page section: bonuses with their reason; entered by one person, approved by another (R20). */
export function BonusSection(props: { contractId: string }) {
  const auth = useAuth();
  const tz = useTimeZone();
  const bonuses = createLoader(() => api.scores.bonuses.list.query({ contractId: props.contractId }));
  const [month, setMonth] = createSignal(currentMonth(tz()));
  const [level, setLevel] = createSignal<Level>('monthly');
  const [pts, setPts] = createSignal('1');
  const [reason, setReason] = createSignal('');
  const [entered, setEntered] = createSignal(false);
  const enter = createAction(async () => {
    setEntered(false);
    await api.scores.bonuses.enter.mutate({
      contractId: props.contractId,
      month: month(),
      level: level(),
      pointsCenti: Math.round(Number(pts()) * 100),
      reason: reason().trim(),
    });
    setReason('');
    setEntered(true);
    await bonuses.reload();
  });
  const approve = createAction(async (id: string) => {
    await api.scores.bonuses.approve.mutate({ id });
    await bonuses.reload();
  });
  return (
    <section class="card" aria-labelledby="bonus-title" data-testid="bonuses">
      <h2 id="bonus-title" class="card-title">
        {t('score.bonus_title')}
      </h2>
      <p class="hint">{t('score.bonus_lead')}</p>
      <FormAlert message={approve.message()} />
      <Loaded loader={bonuses}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="hint">{t('score.bonus_empty')}</p>}>
            <ul class="item-list">
              <For each={list()}>
                {(b) => (
                  <li class="item" data-testid="bonus" data-approved={b.approvedBy ? 'yes' : 'no'}>
                    <div class="item-main">
                      <strong>
                        +{points(b.pointsCenti)} · {b.month} ·{' '}
                        {t(`score.level.${b.level}` as 'score.level.monthly')}
                      </strong>
                      <span>{b.reason}</span>
                      <span class="hint">
                        {b.enteredByName} ·{' '}
                        {b.approvedBy
                          ? t('score.bonus_approved_by', { name: b.approvedByName ?? '' })
                          : b.mine
                            ? t('score.bonus_mine')
                            : t('score.bonus_pending')}
                      </span>
                    </div>
                    <Show when={!b.approvedBy && !b.mine && auth.can('scores.approve')}>
                      <div class="item-actions">
                        <button
                          type="button"
                          class="button button-small button-primary"
                          disabled={approve.pending()}
                          onClick={() => void approve.run(b.id)}
                        >
                          {t('score.bonus_approve')}
                        </button>
                      </div>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Loaded>
      <Show when={auth.can('scores.bonus')}>
        <form
          class="form"
          data-testid="bonus-form"
          onSubmit={(e) => {
            e.preventDefault();
            void enter.run();
          }}
        >
          <FormAlert message={enter.message()} />
          <FormNotice message={entered() && t('score.bonus_entered')} />
          <div class="field-row">
            <Field label={t('score.month')} errors={enter.fieldErrors('month')}>
              {(ids) => (
                <input
                  id={ids.id}
                  type="month"
                  required
                  value={month()}
                  onInput={(e) => setMonth(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field label={t('score.bonus_level')}>
              {(ids) => (
                <select
                  id={ids.id}
                  value={level()}
                  onChange={(e) => setLevel(e.currentTarget.value as Level)}
                >
                  <For each={['daily', 'monthly', 'semiannual'] as Level[]}>
                    {(l) => <option value={l}>{t(`score.level.${l}`)}</option>}
                  </For>
                </select>
              )}
            </Field>
            <Field label={t('score.bonus_points')} errors={enter.fieldErrors('pointsCenti')}>
              {(ids) => (
                <input
                  id={ids.id}
                  type="number"
                  min="0.01"
                  max="100"
                  step="0.01"
                  required
                  value={pts()}
                  onInput={(e) => setPts(e.currentTarget.value)}
                />
              )}
            </Field>
          </div>
          <Field label={t('score.bonus_reason')} errors={enter.fieldErrors('reason')}>
            {(ids) => (
              <input
                id={ids.id}
                required
                maxLength={500}
                aria-describedby={ids.describedBy}
                value={reason()}
                onInput={(e) => setReason(e.currentTarget.value)}
              />
            )}
          </Field>
          <div class="form-actions">
            <button type="submit" class="button button-primary" disabled={enter.pending()}>
              {t('score.bonus_enter')}
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
}
