import { createSignal, For, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { errorDisplay, fieldErrorsOf } from '../../lib/error-message.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert } from '../../shell/form.tsx';
import { ExternalRecordSection } from './external-record.tsx';
import {
  type EvidenceView,
  type InspectionView,
  newSubmissionId,
  type ResultValue,
  uploadEvidence,
} from './inspections-api.ts';
import { type Draft, ItemCard, loc } from './item-card.tsx';
import { ParticipantsCard } from './participants-card.tsx';
import { capturedAtOf, compressPhoto } from './photo.ts';
import './inspections.css';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** A submission id kept per inspection, so a retry after a lost answer (or a reload) is the same submission. */
function submissionIdFor(inspectionId: string): string {
  const key = `steward.submission.${inspectionId}`;
  const stored = sessionStorage.getItem(key);
  if (stored) return stored;
  const fresh = newSubmissionId();
  sessionStorage.setItem(key, fresh);
  return fresh;
}

/** The phone form of a draft: every change is saved on the server at once; submission lists what is missing. */
export function InspectionForm(props: {
  view: InspectionView;
  onSubmitted: () => Promise<void>;
  onChanged: () => Promise<void>;
}) {
  const view = () => props.view;
  const inspectionId = view().inspection.id;
  const initial: Record<string, Draft> = {};
  for (const r of view().results)
    initial[r.itemCode] = {
      result: r.result as ResultValue,
      deductionCenti: r.deductionCenti,
      measurement: r.measurement,
      note: r.note,
    };
  const [drafts, setDrafts] = createStore<Record<string, Draft>>(initial);
  const [files, setFiles] = createSignal<EvidenceView[]>(view().evidence);
  const [itemErrors, setItemErrors] = createStore<Record<string, string[]>>({});
  const [saveState, setSaveState] = createSignal<SaveState>('idle');
  const [saveMessage, setSaveMessage] = createSignal('');
  const [notes, setNotes] = createSignal(view().inspection.notes);
  let pending = 0;

  const done = () => view().items.filter((i) => drafts[i.code]).length;
  const total = () => view().items.length;

  async function track<T>(work: () => Promise<T>): Promise<T | undefined> {
    pending++;
    setSaveState('saving');
    try {
      const value = await work();
      if (--pending === 0) setSaveState('saved');
      return value;
    } catch (error) {
      pending--;
      setSaveState('failed');
      setSaveMessage(errorDisplay(error, t).message);
      return undefined;
    }
  }

  async function change(code: string, next: Draft) {
    const previous = drafts[code];
    setDrafts(code, { ...next });
    setItemErrors(code, []);
    const saved = await track(() =>
      api.inspections.saveResult.mutate({
        inspectionId,
        itemCode: code,
        result: next.result,
        ...(next.result === 'nonconform' ? { deductionCenti: next.deductionCenti } : {}),
        measurement: next.measurement,
        note: next.note,
      }),
    );
    if (!saved) {
      // Keep what the server has: the card shows the refusal next to the item.
      if (previous) setDrafts(code, { ...previous });
      else
        setDrafts(reconcile({ ...Object.fromEntries(Object.entries(drafts).filter(([k]) => k !== code)) }));
      setItemErrors(code, [saveMessage()]);
    }
  }

  async function addFile(itemCode: string | null, file: File) {
    const body = await compressPhoto(file);
    const stored = await uploadEvidence(inspectionId, body, {
      itemCode,
      name: file.name,
      capturedAt: capturedAtOf(file),
    });
    setFiles((list) => [...list, stored]);
    if (itemCode) setItemErrors(itemCode, []);
  }

  async function removeFile(evidenceId: string) {
    const ok = await track(() => api.inspections.removeEvidence.mutate({ inspectionId, evidenceId }));
    if (ok) setFiles((list) => list.filter((f) => f.id !== evidenceId));
  }

  async function markRestConform() {
    for (const item of view().items)
      if (!drafts[item.code])
        await change(item.code, { result: 'conform', deductionCenti: 0, measurement: null, note: '' });
  }

  const submit = createAction(async () => {
    await api.inspections.saveDetails.mutate({ inspectionId, notes: notes() });
    const result = await api.inspections.submit.mutate({
      inspectionId,
      clientSubmissionId: submissionIdFor(inspectionId),
      deviceCapturedAt: new Date().toISOString(),
    });
    sessionStorage.removeItem(`steward.submission.${inspectionId}`);
    await props.onSubmitted();
    return result;
  });
  const missing = () => {
    const fields = submit.error() ? Object.entries(submitFieldErrors()) : [];
    return fields.flatMap(([field, messages]) => {
      if (!field.startsWith('items.')) return [];
      const item = view().items.find((i) => `items.${i.code}` === field);
      return item ? [{ code: item.code, text: `${loc(item.text)}：${messages.join(' ')}` }] : [];
    });
  };
  const submitFieldErrors = (): Record<string, string[]> => fieldErrorsOf(submit.error());

  const categories = () => {
    const order: string[] = [];
    for (const item of view().items) if (!order.includes(item.category)) order.push(item.category);
    return order.map((code) => ({
      code,
      name: view().categories.find((c) => c.code === code)?.name,
      items: view().items.filter((i) => i.category === code),
    }));
  };

  return (
    <div class="stack" data-testid="inspection-form">
      <div class="insp-progress" aria-live="polite">
        <progress max={total()} value={done()} />
        <span data-testid="progress">{t('insp.progress', { done: done(), total: total() })}</span>
        <span class="hint-inline" data-testid="save-state">
          {saveState() === 'saving'
            ? t('insp.saving')
            : saveState() === 'saved'
              ? t('insp.saved')
              : saveState() === 'failed'
                ? t('insp.save_failed', { message: saveMessage() })
                : ''}
        </span>
      </div>
      <Show when={view().inspection.kind === 'joint' || view().participants.length > 0}>
        <ParticipantsCard view={props.view} onChanged={props.onChanged} />
      </Show>
      <Show when={view().external}>
        {(type) => (
          <ExternalRecordSection
            inspectionId={inspectionId}
            type={type()}
            record={(view().inspection.externalRecord ?? {}) as Record<string, unknown>}
            certificateValidUntil={view().inspection.certificateValidUntil}
            files={files()}
            errors={submitFieldErrors()}
            onFile={(code, file) => addFile(`record:${code}`, file)}
            track={track}
          />
        )}
      </Show>
      <For each={categories()}>
        {(category) => (
          <section>
            <h2 class="insp-category">{category.name ? loc(category.name) : category.code}</h2>
            <For each={category.items}>
              {(item) => (
                <ItemCard
                  item={item}
                  draft={drafts[item.code]}
                  evidence={files().filter((f) => f.itemCode === item.code)}
                  errors={[
                    ...(itemErrors[item.code] ?? []),
                    ...(submitFieldErrors()[`items.${item.code}`] ?? []),
                  ]}
                  onChange={(next) => void change(item.code, next)}
                  onPhoto={(file) => addFile(item.code, file)}
                  onRemove={(id) => void removeFile(id)}
                />
              )}
            </For>
          </section>
        )}
      </For>
      <Show when={total() > 0 && done() < total()}>
        <button type="button" class="button" data-testid="mark-rest" onClick={() => void markRestConform()}>
          {t('insp.mark_rest_conform')}
        </button>
      </Show>
      <label class="field">
        <span class="field-label">{t('insp.notes')}</span>
        <textarea
          rows={3}
          maxLength={5000}
          value={notes()}
          onChange={(e) => setNotes(e.currentTarget.value)}
        />
      </label>
      <FormAlert message={submit.message()} />
      <Show when={missing().length > 0}>
        <div class="notice notice-warn" data-testid="missing-list">
          <p>{t('insp.missing_title')}</p>
          <ul class="insp-missing">
            <For each={missing()}>{(m) => <li>{m.text}</li>}</For>
          </ul>
        </div>
      </Show>
      <button
        type="button"
        class="button button-primary insp-submit"
        data-testid="submit-inspection"
        disabled={submit.pending() || saveState() === 'saving'}
        onClick={() => void submit.run()}
      >
        {submit.pending() ? t('insp.submitting') : t('insp.submit')}
      </button>
    </div>
  );
}
