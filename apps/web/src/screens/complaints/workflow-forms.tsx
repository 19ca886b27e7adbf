import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { PhotoPicker } from './photo-picker.tsx';
import type { PhotoUpload } from './photos.ts';

type Detail = Awaited<ReturnType<typeof api.complaints.get.query>>;

/** A note and one or two buttons: the shape of most workflow steps. */
function NoteStep(props: {
  title: string;
  label: string;
  required?: boolean;
  photos?: boolean;
  buttons: {
    label: string;
    testId: string;
    primary?: boolean;
    run: (note: string, photos: PhotoUpload[]) => Promise<unknown>;
  }[];
  onDone: () => Promise<void>;
}) {
  const [note, setNote] = createSignal('');
  const [photos, setPhotos] = createSignal<PhotoUpload[]>([]);
  const step = createAction(async (i: number) => {
    await props.buttons[i]!.run(note().trim(), photos());
    setNote('');
    setPhotos([]);
    await props.onDone();
  });
  return (
    <form class="form card" onSubmit={(e) => e.preventDefault()}>
      <h3>{props.title}</h3>
      <FormAlert message={step.message()} />
      <Field
        label={props.label}
        errors={[...step.fieldErrors('note'), ...step.fieldErrors('reason'), ...step.fieldErrors('question')]}
      >
        {(ids) => (
          <textarea
            id={ids.id}
            rows={3}
            maxLength={2000}
            value={note()}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        )}
      </Field>
      <Show when={props.photos}>
        <PhotoPicker photos={photos()} onChange={setPhotos} />
      </Show>
      <div class="form-actions">
        <For each={props.buttons}>
          {(b, i) => (
            <button
              type="button"
              class="button"
              classList={{ 'button-primary': b.primary === true }}
              data-testid={b.testId}
              disabled={step.pending() || (props.required === true && !note().trim())}
              onClick={() => void step.run(i())}
            >
              {b.label}
            </button>
          )}
        </For>
      </div>
    </form>
  );
}

function DecideStep(props: { c: Detail; onDone: () => Promise<void> }) {
  const routing = createLoader(() => api.complaints.routingOptions.query());
  const [substantiated, setSubstantiated] = createSignal(true);
  const [finding, setFinding] = createSignal('');
  const [publicNote, setPublicNote] = createSignal('');
  const [severity, setSeverity] = createSignal<'general' | 'major'>('general');
  const [vendorId, setVendorId] = createSignal(props.c.vendor?.id ?? '');
  const [person, setPerson] = createSignal('');
  const [due, setDue] = createSignal('');
  const decide = createAction(async () => {
    await api.complaints.decide.mutate({
      id: props.c.id,
      substantiated: substantiated(),
      finding: finding().trim(),
      ...(publicNote().trim() ? { publicNote: publicNote().trim() } : {}),
      severity: severity(),
      ...(vendorId() ? { responsibleVendorId: vendorId() } : {}),
      ...(person().trim() ? { responsiblePerson: person().trim() } : {}),
      ...(due() ? { correctionDueOn: due() } : {}),
    });
    await props.onDone();
  });
  return (
    <form
      class="form card"
      onSubmit={(e) => {
        e.preventDefault();
        void decide.run();
      }}
    >
      <h3>{t('cmp.decide.title')}</h3>
      <FormAlert message={decide.message()} />
      <label class="checkbox">
        <input
          type="radio"
          name="subst"
          checked={substantiated()}
          onChange={() => setSubstantiated(true)}
          data-testid="decide-substantiated"
        />
        {t('cmp.decide.substantiated')}
      </label>
      <label class="checkbox">
        <input
          type="radio"
          name="subst"
          checked={!substantiated()}
          onChange={() => setSubstantiated(false)}
        />
        {t('cmp.decide.unfounded')}
      </label>
      <Field label={t('cmp.decide.finding')} errors={decide.fieldErrors('finding')}>
        {(ids) => (
          <textarea
            id={ids.id}
            rows={3}
            required
            data-testid="decide-finding"
            value={finding()}
            onInput={(e) => setFinding(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t('cmp.decide.public_note')} hint={t('cmp.decide.public_note_hint')}>
        {(ids) => (
          <textarea
            id={ids.id}
            rows={2}
            value={publicNote()}
            onInput={(e) => setPublicNote(e.currentTarget.value)}
          />
        )}
      </Field>
      <Show when={substantiated()}>
        <Field label={t('cmp.decide.severity')}>
          {(ids) => (
            <select
              id={ids.id}
              value={severity()}
              onChange={(e) => setSeverity(e.currentTarget.value as 'general' | 'major')}
            >
              <option value="general">{t('cmp.severity.general')}</option>
              <option value="major">{t('cmp.severity.major')}</option>
            </select>
          )}
        </Field>
        <Field
          label={t('cmp.decide.vendor')}
          errors={[...decide.fieldErrors('responsibleVendorId'), ...decide.fieldErrors('contractId')]}
        >
          {(ids) => (
            <select id={ids.id} value={vendorId()} onChange={(e) => setVendorId(e.currentTarget.value)}>
              <option value="">—</option>
              <For each={routing.data()?.vendors ?? []}>{(v) => <option value={v.id}>{v.name}</option>}</For>
            </select>
          )}
        </Field>
        <Field label={t('cmp.decide.person')}>
          {(ids) => (
            <input
              id={ids.id}
              maxLength={60}
              value={person()}
              onInput={(e) => setPerson(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label={t('cmp.decide.due')}
          hint={t('cmp.decide.due_hint')}
          errors={decide.fieldErrors('correctionDueOn')}
        >
          {(ids) => (
            <input id={ids.id} type="date" value={due()} onInput={(e) => setDue(e.currentTarget.value)} />
          )}
        </Field>
      </Show>
      <div class="form-actions">
        <button
          type="submit"
          class="button button-primary"
          disabled={decide.pending()}
          data-testid="decide-submit"
        >
          {t('cmp.decide.submit')}
        </button>
      </div>
    </form>
  );
}

function RerouteStep(props: { c: Detail; onDone: () => Promise<void> }) {
  const routing = createLoader(() => api.complaints.routingOptions.query());
  const [contractId, setContractId] = createSignal(props.c.contract?.id ?? '');
  const [note, setNote] = createSignal('');
  const save = createAction(async () => {
    const contract = routing.data()?.contracts.find((c) => c.id === contractId());
    await api.complaints.reroute.mutate({
      id: props.c.id,
      contractId: contractId() || null,
      serviceLineId: contract
        ? contract.serviceLineIds.includes(props.c.serviceLineId ?? '')
          ? props.c.serviceLineId
          : (contract.serviceLineIds[0] ?? null)
        : props.c.serviceLineId,
      note: note().trim(),
    });
    await props.onDone();
  });
  return (
    <form
      class="form card"
      onSubmit={(e) => {
        e.preventDefault();
        void save.run();
      }}
    >
      <h3>{t('cmp.reroute.title')}</h3>
      <FormAlert message={save.message()} />
      <Field label={t('cmp.contract')} errors={save.fieldErrors('contractId')}>
        {(ids) => (
          <select id={ids.id} value={contractId()} onChange={(e) => setContractId(e.currentTarget.value)}>
            <option value="">{t('cmp.unrouted')}</option>
            <For each={routing.data()?.contracts ?? []}>
              {(c) => <option value={c.id}>{`${c.code} ${c.title}`}</option>}
            </For>
          </select>
        )}
      </Field>
      <Field label={t('cmp.note')}>
        {(ids) => (
          <input
            id={ids.id}
            maxLength={2000}
            value={note()}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="form-actions">
        <button type="submit" class="button" disabled={save.pending()}>
          {t('cmp.reroute.submit')}
        </button>
      </div>
    </form>
  );
}

/** The steps open to the caller in the complaint's current state. */
export function WorkflowForms(props: { c: Detail; onDone: () => Promise<void> }) {
  const auth = useAuth();
  const id = () => props.c.id;
  const s = () => props.c.status;
  const handle = () => auth.can('complaints.handle');
  return (
    <div class="step-forms">
      <Show when={handle() && s() === 'received'}>
        <NoteStep
          title={t('cmp.step.accept')}
          label={t('cmp.step.accept_label')}
          buttons={[
            {
              label: t('cmp.action.accept'),
              testId: 'action-accept',
              primary: true,
              run: (note) => api.complaints.accept.mutate({ id: id(), note }),
            },
            {
              label: t('cmp.action.reject'),
              testId: 'action-reject',
              run: (reason) => api.complaints.reject.mutate({ id: id(), reason }),
            },
          ]}
          onDone={props.onDone}
        />
      </Show>
      <Show when={handle() && (s() === 'received' || s() === 'investigating')}>
        <Show
          when={props.c.paused}
          fallback={
            <NoteStep
              title={t('cmp.step.pause')}
              label={t('cmp.step.pause_label')}
              required
              buttons={[
                {
                  label: t('cmp.action.pause'),
                  testId: 'action-pause',
                  run: (question) => api.complaints.pause.mutate({ id: id(), question }),
                },
              ]}
              onDone={props.onDone}
            />
          }
        >
          <NoteStep
            title={t('cmp.step.resume')}
            label={t('cmp.note')}
            buttons={[
              {
                label: t('cmp.action.resume'),
                testId: 'action-resume',
                run: (note) => api.complaints.resume.mutate({ id: id(), note }),
              },
            ]}
            onDone={props.onDone}
          />
        </Show>
        <RerouteStep c={props.c} onDone={props.onDone} />
      </Show>
      <Show when={handle() && s() === 'investigating'}>
        <NoteStep
          title={t('cmp.step.evidence')}
          label={t('cmp.step.evidence_label')}
          required
          photos
          buttons={[
            {
              label: t('cmp.action.add_evidence'),
              testId: 'action-evidence',
              run: (note, photos) => api.complaints.addEvidence.mutate({ id: id(), note, photos }),
            },
          ]}
          onDone={props.onDone}
        />
        <Show when={!props.c.paused}>
          <DecideStep c={props.c} onDone={props.onDone} />
        </Show>
      </Show>
      <Show when={auth.can('complaints.respond') && s() === 'correcting'}>
        <NoteStep
          title={t('cmp.step.respond')}
          label={t('cmp.step.respond_label')}
          required
          photos
          buttons={[
            {
              label: t('cmp.action.respond'),
              testId: 'action-respond',
              primary: true,
              run: (note, photos) => api.complaints.respond.mutate({ id: id(), note, photos }),
            },
          ]}
          onDone={props.onDone}
        />
      </Show>
      <Show when={handle() && (s() === 'correcting' || s() === 'verifying')}>
        <NoteStep
          title={t('cmp.step.verify')}
          label={t('cmp.step.verify_label')}
          photos
          buttons={[
            {
              label: t('cmp.action.verified_fixed'),
              testId: 'action-verify-fixed',
              primary: true,
              run: (note, photos) => api.complaints.verify.mutate({ id: id(), fixed: true, note, photos }),
            },
            {
              label: t('cmp.action.verified_not_fixed'),
              testId: 'action-verify-not-fixed',
              run: (note, photos) => api.complaints.verify.mutate({ id: id(), fixed: false, note, photos }),
            },
          ]}
          onDone={props.onDone}
        />
      </Show>
      <Show when={handle() && s() === 'confirming'}>
        <NoteStep
          title={t('cmp.step.close')}
          label={t('cmp.step.close_label')}
          buttons={[
            {
              label: t('cmp.action.close'),
              testId: 'action-close',
              primary: true,
              run: (note) => api.complaints.close.mutate({ id: id(), note }),
            },
          ]}
          onDone={props.onDone}
        />
      </Show>
      <Show when={handle() && (s() === 'confirming' || s() === 'closed') && props.c.substantiated === true}>
        <NoteStep
          title={t('cmp.step.reopen')}
          label={t('cmp.step.reopen_label')}
          required
          buttons={[
            {
              label: t('cmp.action.reopen'),
              testId: 'action-reopen',
              run: (note) => api.complaints.reopen.mutate({ id: id(), note }),
            },
          ]}
          onDone={props.onDone}
        />
      </Show>
    </div>
  );
}
