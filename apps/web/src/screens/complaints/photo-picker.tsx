import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { MAX_PHOTOS, type PhotoUpload, preparePhoto } from './photos.ts';

/** Camera or gallery, up to three photos, shown as thumbnails; errors for a photo come from the server. */
export function PhotoPicker(props: {
  photos: PhotoUpload[];
  onChange: (next: PhotoUpload[]) => void;
  errors?: string[];
}) {
  const [busy, setBusy] = createSignal(false);
  return (
    <div class="field">
      <label class="field-label" for="complaint-photos">
        {t('cmp.photos')}
      </label>
      <input
        id="complaint-photos"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        capture="environment"
        multiple
        disabled={busy() || props.photos.length >= MAX_PHOTOS}
        data-testid="photo-input"
        onChange={async (event) => {
          const files = [...(event.currentTarget.files ?? [])].slice(0, MAX_PHOTOS - props.photos.length);
          event.currentTarget.value = '';
          setBusy(true);
          try {
            const prepared = await Promise.all(files.map(preparePhoto));
            props.onChange([...props.photos, ...prepared]);
          } finally {
            setBusy(false);
          }
        }}
      />
      <p class="field-hint">{t('cmp.photos_hint')}</p>
      <Show when={props.photos.length > 0}>
        <div class="photo-thumbs">
          <For each={props.photos}>
            {(p, i) => (
              <button
                type="button"
                class="button button-small"
                title={t('cmp.photo_remove')}
                onClick={() => props.onChange(props.photos.filter((_, j) => j !== i()))}
              >
                <img src={`data:${p.contentType};base64,${p.data}`} alt={t('cmp.photo_n', { n: i() + 1 })} />
              </button>
            )}
          </For>
        </div>
      </Show>
      <Show when={(props.errors?.length ?? 0) > 0}>
        <ul class="field-errors">
          <For each={props.errors}>{(m) => <li>{m}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}
