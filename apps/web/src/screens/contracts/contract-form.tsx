import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import type { Action } from '../../lib/action.ts';
import { CheckboxGroup, Field, FormAlert } from '../../shell/form.tsx';
import { localizedName } from '../vendors/labels.ts';
import {
  bpToPercentText,
  fenToYuanText,
  percentTextToBp,
  percentTextToPpm,
  ppmToPercentText,
  yuanTextToFen,
} from './amounts.ts';
import {
  CONTRACT_STATUSES,
  type Contract,
  type ContractOptions,
  type ContractStatus,
  LEVELS,
} from './contract-api.ts';
import { WeightsFields, type WeightTexts } from './weights-fields.tsx';

export interface ContractFields {
  code: string;
  title: string;
  vendorId: string;
  generalContractorId: string | null;
  serviceLineIds: string[];
  siteIds: string[];
  startsOn: string;
  endsOn: string;
  priceFen: number;
  deposit: { kind: 'percent'; basisPoints: number } | { kind: 'amount'; fen: number };
  satisfactionTargetBp: number;
  weights: Contract['effectiveWeights'] | null;
  status: ContractStatus;
}

const weightTexts = (w: Contract['effectiveWeights']): WeightTexts => ({
  daily: ppmToPercentText(w.daily),
  monthly: ppmToPercentText(w.monthly),
  semiannual: ppmToPercentText(w.semiannual),
  self: ppmToPercentText(w.self),
});

/** Create and edit a contract: money typed in yuan (2 decimals), percentages typed as percent. */
export function ContractForm(props: {
  initial?: Contract;
  options: ContractOptions;
  action: Action<[ContractFields], unknown>;
  submitLabel: string;
  onCancel?: () => void;
}) {
  const i = props.initial;
  const [code, setCode] = createSignal(i?.code ?? '');
  const [title, setTitle] = createSignal(i?.title ?? '');
  const [vendorId, setVendorId] = createSignal(i?.vendorId ?? '');
  const [gcId, setGcId] = createSignal(i?.generalContractorId ?? '');
  const [lines, setLines] = createSignal<string[]>(i?.serviceLineIds ?? []);
  const [sites, setSites] = createSignal<string[]>(i?.siteIds ?? []);
  const [startsOn, setStartsOn] = createSignal(i?.startsOn ?? '');
  const [endsOn, setEndsOn] = createSignal(i?.endsOn ?? '');
  const [price, setPrice] = createSignal(i ? fenToYuanText(i.priceFen) : '');
  const [depositKind, setDepositKind] = createSignal<'percent' | 'amount'>(i?.deposit.kind ?? 'percent');
  const [depositText, setDepositText] = createSignal(
    i
      ? i.deposit.kind === 'percent'
        ? bpToPercentText(i.deposit.basisPoints)
        : fenToYuanText(i.deposit.fen)
      : '5',
  );
  const [target, setTarget] = createSignal(bpToPercentText(i?.satisfactionTargetBp ?? 9000));
  const [ownWeights, setOwnWeights] = createSignal(Boolean(i?.weights));
  const [weights, setWeights] = createSignal<WeightTexts>(
    weightTexts(i?.effectiveWeights ?? props.options.defaultWeights),
  );
  const [status, setStatus] = createSignal<ContractStatus>((i?.status as ContractStatus) ?? 'active');
  const [local, setLocal] = createSignal<Record<string, string[]>>({});
  const errors = (field: string) => [...(local()[field] ?? []), ...props.action.fieldErrors(field)];

  function collect(): ContractFields | null {
    const problems: Record<string, string[]> = {};
    const priceFen = yuanTextToFen(price());
    if (priceFen === null) problems.priceFen = [t('contracts.invalid_yuan')];
    const depositValue =
      depositKind() === 'percent' ? percentTextToBp(depositText()) : yuanTextToFen(depositText());
    if (depositValue === null || (depositKind() === 'percent' && depositValue > 10_000))
      problems.deposit = [
        depositKind() === 'percent' ? t('contracts.invalid_percent') : t('contracts.invalid_yuan'),
      ];
    const targetBp = percentTextToBp(target());
    if (targetBp === null || targetBp > 10_000)
      problems.satisfactionTargetBp = [t('contracts.invalid_percent')];
    let w: ContractFields['weights'] = null;
    if (ownWeights()) {
      const parsed = Object.fromEntries(LEVELS.map((l) => [l, percentTextToPpm(weights()[l] || '0')]));
      for (const l of LEVELS)
        if (parsed[l] === null) problems[`weights.${l}`] = [t('contracts.invalid_percent')];
      w = parsed as ContractFields['weights'];
    }
    setLocal(problems);
    if (Object.keys(problems).length > 0) return null;
    return {
      code: code().trim(),
      title: title().trim(),
      vendorId: vendorId(),
      generalContractorId: gcId() || null,
      serviceLineIds: lines(),
      siteIds: sites(),
      startsOn: startsOn(),
      endsOn: endsOn(),
      priceFen: priceFen!,
      deposit:
        depositKind() === 'percent'
          ? { kind: 'percent', basisPoints: depositValue! }
          : { kind: 'amount', fen: depositValue! },
      satisfactionTargetBp: targetBp!,
      weights: w,
      status: status(),
    };
  }

  const text = (field: string, value: () => string, set: (v: string) => void, extra: object = {}) => (
    <Field
      label={t(field === 'title' ? 'contracts.contract_title' : (`contracts.${field}` as 'contracts.code'))}
      errors={errors(field)}
    >
      {(ids) => (
        <input
          id={ids.id}
          name={field}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          value={value()}
          onInput={(e) => set(e.currentTarget.value)}
          {...extra}
        />
      )}
    </Field>
  );
  const vendorSelect = (
    field: 'vendorId' | 'generalContractorId',
    value: () => string,
    set: (v: string) => void,
  ) => (
    <Field label={t(`contracts.${field}`)} errors={errors(field)}>
      {(ids) => (
        <select
          id={ids.id}
          name={field}
          value={value()}
          required={field === 'vendorId'}
          onChange={(e) => set(e.currentTarget.value)}
        >
          <option value="">{field === 'vendorId' ? '—' : t('contracts.no_general_contractor')}</option>
          <For each={props.options.vendors}>{(v) => <option value={v.id}>{v.legalName}</option>}</For>
        </select>
      )}
    </Field>
  );
  return (
    <form
      class="form"
      data-testid="contract-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const fields = collect();
        if (fields) await props.action.run(fields);
      }}
    >
      <FormAlert message={props.action.message()} />
      <div class="field-row">
        {text('code', code, setCode, { required: true, maxLength: 40 })}
        {text('title', title, setTitle, { required: true, maxLength: 120 })}
      </div>
      {vendorSelect('vendorId', vendorId, setVendorId)}
      {vendorSelect('generalContractorId', gcId, setGcId)}
      <CheckboxGroup
        legend={t('contracts.serviceLineIds')}
        name="serviceLineIds"
        options={props.options.serviceLines
          .filter((l) => l.enabled && l.scope === 'line')
          .map((l) => ({ value: l.id, label: localizedName(l.name) }))}
        selected={lines()}
        onChange={setLines}
        errors={errors('serviceLineIds')}
      />
      <CheckboxGroup
        legend={t('contracts.siteIds')}
        name="siteIds"
        options={props.options.sites.map((s) => ({ value: s.id, label: s.name }))}
        selected={sites()}
        onChange={setSites}
        errors={errors('siteIds')}
      />
      <div class="field-row">
        {text('startsOn', startsOn, setStartsOn, { type: 'date', required: true })}
        {text('endsOn', endsOn, setEndsOn, { type: 'date', required: true })}
      </div>
      {text('priceFen', price, setPrice, { inputmode: 'decimal', required: true, placeholder: '0.00' })}
      <fieldset class="field">
        <legend class="field-label">{t('contracts.deposit')}</legend>
        <div class="checkbox-options">
          <For each={['percent', 'amount'] as const}>
            {(kind) => (
              <label class="checkbox">
                <input
                  type="radio"
                  name="depositKind"
                  value={kind}
                  checked={depositKind() === kind}
                  onChange={() => setDepositKind(kind)}
                />
                <span>{t(`contracts.deposit_${kind}`)}</span>
              </label>
            )}
          </For>
        </div>
        <input
          name="deposit"
          aria-label={t('contracts.deposit')}
          inputmode="decimal"
          value={depositText()}
          onInput={(e) => setDepositText(e.currentTarget.value)}
        />
        <ul class="field-errors">
          <For each={[...errors('deposit'), ...errors('deposit.basisPoints'), ...errors('deposit.fen')]}>
            {(m) => <li>{m}</li>}
          </For>
        </ul>
      </fieldset>
      {text('satisfactionTargetBp', target, setTarget, { inputmode: 'decimal', required: true })}
      <label class="checkbox">
        <input
          type="checkbox"
          name="ownWeights"
          checked={ownWeights()}
          onChange={(e) => setOwnWeights(e.currentTarget.checked)}
        />
        <span>{t('contracts.own_weights')}</span>
      </label>
      <Show when={ownWeights()} fallback={<p class="hint">{t('contracts.default_weights_apply')}</p>}>
        <WeightsFields texts={weights()} onChange={setWeights} errors={errors} />
      </Show>
      <Show when={props.initial}>
        <Field label={t('contracts.status')} errors={errors('status')}>
          {(ids) => (
            <select
              id={ids.id}
              name="status"
              value={status()}
              onChange={(e) => setStatus(e.currentTarget.value as ContractStatus)}
            >
              <For each={CONTRACT_STATUSES}>
                {(s) => <option value={s}>{t(`contracts.status.${s}`)}</option>}
              </For>
            </select>
          )}
        </Field>
      </Show>
      <div class="form-actions">
        <button type="submit" class="button button-primary" disabled={props.action.pending()}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" class="button" onClick={() => props.onCancel?.()}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
