import { createSignal, For, Show } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import type { EvidenceView, InspectionItem, ResultValue } from './inspections-api.ts';

export interface Draft {
  result: ResultValue;
  deductionCenti: number;
  measurement: number | null;
  note: string;
}

export const loc = (text: { zh: string; en: string }) => (locale() === 'en' ? text.en : text.zh);
const points = (centi: number) => String(centi / 100);
/** The stepper moves by half a point, never past the item's bounds. */
const STEP = 50;

export function outOfBounds(item: InspectionItem, value: number | null): boolean {
  const spec = item.measurement;
  if (!spec || value === null) return false;
  return (spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max);
}

/** One checklist item on a phone: three big choices, the deduction within its bounds, measurement, note, photos. */
export function ItemCard(props: {
  item: InspectionItem;
  draft: Draft | undefined;
  evidence: EvidenceView[];
  errors: string[];
  onChange: (next: Draft) => void;
  onPhoto: (file: File) => Promise<void>;
  onRemove: (evidenceId: string) => void;
}) {
  const [uploading, setUploading] = createSignal(false);
  const [uploadError, setUploadError] = createSignal<string | null>(null);
  const item = () => props.item;
  const min = () => Math.round(item().deduction.min * 100);
  const max = () => Math.round(item().deduction.max * 100);
  const base = (): Draft =>
    props.draft ?? { result: 'conform', deductionCenti: 0, measurement: null, note: '' };
  const choose = (result: ResultValue) =>
    props.onChange({
      ...base(),
      result,
      deductionCenti: result === 'nonconform' ? Math.round(item().deduction.default * 100) : 0,
    });
  const step = (delta: number) => {
    const next = Math.min(max(), Math.max(min(), base().deductionCenti + delta));
    props.onChange({ ...base(), deductionCenti: next });
  };
  const needsPhoto = () => item().evidence.includes('photo');
  const id = () => `item-${item().code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const range = () => {
    const spec = item().measurement;
    if (!spec) return '';
    return `${spec.min ?? '…'}–${spec.max ?? '…'} ${spec.unit}`;
  };
  async function addPhoto(file: File | undefined) {
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    try {
      await props.onPhoto(file);
    } catch (error) {
      setUploadError(error instanceof Error ? error.message : String(error));
    } finally {
      setUploading(false);
    }
  }
  return (
    <article
      class="card insp-item"
      data-testid="insp-item"
      data-code={item().code}
      data-result={props.draft?.result ?? ''}
      data-needs-photo={needsPhoto() ? 'true' : 'false'}
      aria-labelledby={`${id()}-text`}
    >
      <p id={`${id()}-text`}>
        <strong>{loc(item().text)}</strong>{' '}
        <span class={item().severity === 'major' ? 'badge badge-danger' : 'badge badge-muted'}>
          {t(item().severity === 'major' ? 'insp.severity.major' : 'insp.severity.general')}
        </span>
      </p>
      <Show when={item().guidance}>{(g) => <p class="hint">{loc(g())}</p>}</Show>
      <fieldset class="insp-choices">
        <legend class="visually-hidden">{loc(item().text)}</legend>
        <For each={['conform', 'nonconform', ...(item().allowNA ? ['na'] : [])] as ResultValue[]}>
          {(value) => (
            <button
              type="button"
              class="insp-choice"
              data-value={value}
              aria-pressed={props.draft?.result === value}
              onClick={() => choose(value)}
            >
              {t(
                value === 'conform' ? 'insp.conform' : value === 'nonconform' ? 'insp.nonconform' : 'insp.na',
              )}
            </button>
          )}
        </For>
      </fieldset>
      <Show when={props.draft?.result === 'nonconform'}>
        <div class="field">
          <span class="field-label">
            {t('insp.deduction')}{' '}
            <span class="hint-inline">
              {t('insp.deduction_range', { min: item().deduction.min, max: item().deduction.max })}
            </span>
          </span>
          <div class="insp-stepper">
            <button
              type="button"
              class="button"
              aria-label={t('insp.less')}
              disabled={base().deductionCenti <= min()}
              onClick={() => step(-STEP)}
            >
              −
            </button>
            <output data-testid="deduction" aria-live="polite">
              {points(base().deductionCenti)}
            </output>
            <button
              type="button"
              class="button"
              aria-label={t('insp.more')}
              disabled={base().deductionCenti >= max()}
              onClick={() => step(STEP)}
            >
              +
            </button>
          </div>
        </div>
      </Show>
      <Show when={item().measurement}>
        {(spec) => (
          <label class="field">
            <span class="field-label">
              {t('insp.measurement', { unit: spec().unit })}{' '}
              <span class="hint-inline">{t('insp.measurement_range', { range: range() })}</span>
            </span>
            <input
              type="number"
              inputmode="decimal"
              step="any"
              value={props.draft?.measurement ?? ''}
              onChange={(e) => {
                const raw = e.currentTarget.value.trim();
                props.onChange({ ...base(), measurement: raw === '' ? null : Number(raw) });
              }}
            />
            <Show when={outOfBounds(item(), props.draft?.measurement ?? null)}>
              <span class="field-errors">{t('insp.measurement_out')}</span>
            </Show>
          </label>
        )}
      </Show>
      <Show when={props.draft}>
        <label class="field">
          <span class="field-label">{t('insp.note')}</span>
          <textarea
            rows={2}
            maxLength={2000}
            value={props.draft?.note ?? ''}
            onChange={(e) => props.onChange({ ...base(), note: e.currentTarget.value })}
          />
        </label>
      </Show>
      <Show when={props.draft?.result === 'nonconform' || props.evidence.length > 0}>
        <label class="field">
          <span class="field-label">
            {t('insp.photo')}
            <Show when={needsPhoto()}>
              {' '}
              <span class="hint-inline">{t('insp.photo_required')}</span>
            </Show>
          </span>
          <input
            type="file"
            accept="image/*,application/pdf"
            capture="environment"
            data-testid="photo-input"
            disabled={uploading()}
            onChange={(e) => {
              void addPhoto(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </Show>
      <Show when={uploading()}>
        <p class="hint">{t('insp.uploading')}</p>
      </Show>
      <Show when={uploadError()}>
        <p class="field-errors" role="alert">
          {uploadError()}
        </p>
      </Show>
      <div class="insp-evidence">
        <For each={props.evidence}>
          {(file) => (
            <figure>
              <Show
                when={file.kind === 'photo'}
                fallback={<a href={file.url}>{file.originalName || 'PDF'}</a>}
              >
                <img src={file.url} alt={file.originalName} loading="lazy" />
              </Show>
              <button type="button" class="button button-small" onClick={() => props.onRemove(file.id)}>
                {t('insp.remove')}
              </button>
            </figure>
          )}
        </For>
      </div>
      <For each={props.errors}>
        {(message) => (
          <p class="field-errors" role="alert">
            {message}
          </p>
        )}
      </For>
    </article>
  );
}
