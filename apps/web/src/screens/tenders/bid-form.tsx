import { createSignal, For } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { yuanTextToFen } from '../contracts/amounts.ts';
import type { VendorOption } from './tender-api.ts';

/** Records a bidder and its bid (price in yuan, evaluation score in points); again for a vendor updates it. */
export function BidForm(props: {
  tenderId: string;
  vendors: VendorOption[];
  onChanged: () => Promise<void>;
}) {
  const [vendorId, setVendorId] = createSignal('');
  const [price, setPrice] = createSignal('');
  const [score, setScore] = createSignal('');
  const [priceError, setPriceError] = createSignal<string[]>([]);
  const record = createAction(async () => {
    const priceFen = price().trim() ? yuanTextToFen(price()) : null;
    if (price().trim() && priceFen === null) {
      setPriceError([t('tender.bid_price_invalid')]);
      return;
    }
    setPriceError([]);
    await api.tenders.recordBid.mutate({
      tenderId: props.tenderId,
      vendorId: vendorId(),
      priceFen,
      scoreCentipoints: score().trim() ? Math.round(Number(score()) * 100) : null,
    });
    setVendorId('');
    setPrice('');
    setScore('');
    await props.onChanged();
  });
  return (
    <form
      class="form"
      data-testid="bid-form"
      onSubmit={(e) => {
        e.preventDefault();
        void record.run();
      }}
    >
      <FormAlert message={record.message()} />
      <div class="field-row">
        <Field label={t('tender.bid_vendor')} errors={record.fieldErrors('vendorId')}>
          {(ids) => (
            <select
              id={ids.id}
              aria-describedby={ids.describedBy}
              name="vendor"
              required
              value={vendorId()}
              onChange={(e) => setVendorId(e.currentTarget.value)}
            >
              <option value="">{t('tender.choose_vendor')}</option>
              <For each={props.vendors}>{(v) => <option value={v.id}>{v.legalName}</option>}</For>
            </select>
          )}
        </Field>
        <Field label={t('tender.bid_price')} errors={[...priceError(), ...record.fieldErrors('priceFen')]}>
          {(ids) => (
            <input
              id={ids.id}
              aria-describedby={ids.describedBy}
              name="price"
              inputMode="decimal"
              value={price()}
              onInput={(e) => setPrice(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label={t('tender.bid_score')} errors={record.fieldErrors('scoreCentipoints')}>
          {(ids) => (
            <input
              id={ids.id}
              aria-describedby={ids.describedBy}
              name="score"
              type="number"
              min="0"
              max="100"
              step="0.01"
              value={score()}
              onInput={(e) => setScore(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <div class="form-actions">
        <button type="submit" class="button" disabled={record.pending() || !vendorId()}>
          {t('tender.bid_record')}
        </button>
      </div>
    </form>
  );
}
