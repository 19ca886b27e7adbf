import { createSignal, For } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { todayIn } from '../plans/dates.ts';
import type { Tender } from './tender-api.ts';

/** The award (定标): the winner among the bidders, the date and the award notice (中标通知书) number. */
export function AwardForm(props: { tender: Tender; onChanged: () => Promise<void> }) {
  const tz = useTimeZone();
  const [winner, setWinner] = createSignal('');
  const [awardedOn, setAwardedOn] = createSignal(todayIn(tz()));
  const [reference, setReference] = createSignal('');
  const [handover, setHandover] = createSignal('');
  const award = createAction(async () => {
    await api.tenders.award.mutate({
      tenderId: props.tender.id,
      winnerVendorId: winner(),
      awardedOn: awardedOn(),
      awardReference: reference().trim(),
      ...(handover() ? { handoverUntil: handover() } : {}),
    });
    await props.onChanged();
  });
  return (
    <form
      class="form"
      data-testid="award-form"
      onSubmit={(e) => {
        e.preventDefault();
        void award.run();
      }}
    >
      <h4>{t('tender.award')}</h4>
      <FormAlert message={award.message()} />
      <div class="field-row">
        <Field label={t('tender.winner')} errors={award.fieldErrors('winnerVendorId')}>
          {(ids) => (
            <select
              id={ids.id}
              name="winner"
              required
              aria-describedby={ids.describedBy}
              value={winner()}
              onChange={(e) => setWinner(e.currentTarget.value)}
            >
              <option value="">{t('tender.choose_vendor')}</option>
              <For each={props.tender.bids}>{(b) => <option value={b.vendorId}>{b.vendorName}</option>}</For>
            </select>
          )}
        </Field>
        <Field label={t('tender.awarded_on')} errors={award.fieldErrors('awardedOn')}>
          {(ids) => (
            <input
              id={ids.id}
              name="awardedOn"
              type="date"
              required
              aria-describedby={ids.describedBy}
              value={awardedOn()}
              onInput={(e) => setAwardedOn(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label={t('tender.award_reference')} errors={award.fieldErrors('awardReference')}>
          {(ids) => (
            <input
              id={ids.id}
              name="reference"
              required
              maxLength={80}
              aria-describedby={ids.describedBy}
              value={reference()}
              onInput={(e) => setReference(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label={t('tender.handover_until')} errors={award.fieldErrors('handoverUntil')}>
          {(ids) => (
            <input
              id={ids.id}
              name="handover"
              type="date"
              aria-describedby={ids.describedBy}
              value={handover()}
              onInput={(e) => setHandover(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <div class="form-actions">
        <button
          type="submit"
          class="button button-primary"
          disabled={award.pending() || !winner() || !reference().trim()}
        >
          {t('tender.award_submit')}
        </button>
      </div>
    </form>
  );
}
