import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { api } from '../../lib/trpc.ts';
import type { EvidenceView, InspectionView } from './inspections-api.ts';
import { loc } from './item-card.tsx';

type ExternalType = NonNullable<InspectionView['external']>;
type Value = string | number | boolean | null;

/**
 * The record an external body keeps (date, who performed it, conclusion, report number…) as their plugin
 * declares it, with the scanned report uploaded for each document field; saved on change.
 */
export function ExternalRecordSection(props: {
  inspectionId: string;
  type: ExternalType;
  record: Record<string, unknown>;
  certificateValidUntil: string | null;
  files: EvidenceView[];
  errors: Record<string, string[]>;
  onFile: (fieldCode: string, file: File) => Promise<void>;
  track: <T>(work: () => Promise<T>) => Promise<T | undefined>;
}) {
  const [uploadError, setUploadError] = createSignal<string | null>(null);
  const save = (code: string, value: Value) =>
    props.track(() =>
      api.inspections.saveDetails.mutate({
        inspectionId: props.inspectionId,
        externalRecord: { [code]: value },
      }),
    );
  const current = (code: string) => props.record[code];
  return (
    <section class="card" data-testid="external-record">
      <h2 class="card-title">
        {t('insp.external_record')} · {loc(props.type.name)}
      </h2>
      <div class="form">
        <For each={props.type.records}>
          {(field) => (
            <div class="field">
              <label class="field-label" for={`rec-${field.code}`}>
                {loc(field.label)}
                {field.unit ? ` (${field.unit})` : ''}
                {field.required ? ' *' : ''}
              </label>
              <Show when={field.type === 'document'}>
                <input
                  id={`rec-${field.code}`}
                  type="file"
                  accept="application/pdf,image/*"
                  data-testid={`record-file-${field.code}`}
                  onChange={(e) => {
                    const file = e.currentTarget.files?.[0];
                    if (!file) return;
                    setUploadError(null);
                    props
                      .onFile(field.code, file)
                      .catch((error: unknown) => setUploadError(String((error as Error).message)));
                    e.currentTarget.value = '';
                  }}
                />
                <ul>
                  <For each={props.files.filter((f) => f.itemCode === `record:${field.code}`)}>
                    {(f) => (
                      <li>
                        <a href={f.url}>{f.originalName || f.id}</a>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={field.type === 'boolean'}>
                <select
                  id={`rec-${field.code}`}
                  value={current(field.code) === true ? 'yes' : current(field.code) === false ? 'no' : ''}
                  onChange={(e) =>
                    void save(
                      field.code,
                      e.currentTarget.value === '' ? null : e.currentTarget.value === 'yes',
                    )
                  }
                >
                  <option value="" />
                  <option value="yes">{t('insp.yes')}</option>
                  <option value="no">{t('insp.no')}</option>
                </select>
              </Show>
              <Show when={field.type === 'text' || field.type === 'number' || field.type === 'date'}>
                <input
                  id={`rec-${field.code}`}
                  name={field.code}
                  type={field.type === 'text' ? 'text' : field.type}
                  inputmode={field.type === 'number' ? 'decimal' : undefined}
                  step={field.type === 'number' ? 'any' : undefined}
                  value={(current(field.code) as string | number | undefined) ?? ''}
                  onChange={(e) => {
                    const raw = e.currentTarget.value.trim();
                    void save(field.code, raw === '' ? null : field.type === 'number' ? Number(raw) : raw);
                  }}
                />
              </Show>
              <For each={props.errors[`record.${field.code}`] ?? []}>
                {(m) => <span class="field-errors">{m}</span>}
              </For>
            </div>
          )}
        </For>
        <Show when={props.type.certificate}>
          {(certificate) => (
            <div class="field">
              <label class="field-label" for="rec-certificate">
                {t('insp.certificate_valid_until')}
              </label>
              <span class="field-hint">
                {t('insp.certificate_hint', { months: certificate().validityMonths })}
              </span>
              <input
                id="rec-certificate"
                type="date"
                value={props.certificateValidUntil ?? ''}
                onChange={(e) =>
                  void props.track(() =>
                    api.inspections.saveDetails.mutate({
                      inspectionId: props.inspectionId,
                      certificateValidUntil: e.currentTarget.value || null,
                    }),
                  )
                }
              />
            </div>
          )}
        </Show>
        <Show when={uploadError()}>
          <p class="field-errors" role="alert">
            {uploadError()}
          </p>
        </Show>
      </div>
    </section>
  );
}
