import { For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';

export interface PhotoRef {
  id: string;
  sha256: string;
  contentType?: string;
}

/** Photos with their SHA-256 under each, opening the stored file; inspection and answer photos differ in route. */
export function PhotoGrid(props: {
  photos: readonly PhotoRef[];
  route: 'inspection' | 'rectification';
  label?: string;
}) {
  const url = (id: string) =>
    props.route === 'inspection' ? `/api/evidence/${id}` : `/api/rectification-evidence/${id}`;
  return (
    <Show when={props.photos.length > 0}>
      <div class="photo-grid" data-testid="photos">
        <For each={props.photos}>
          {(p) => (
            <figure data-sha256={p.sha256}>
              <a href={url(p.id)} target="_blank" rel="noopener">
                <Show when={(p.contentType ?? 'image/').startsWith('image/')} fallback={<span>PDF</span>}>
                  <img src={url(p.id)} alt={props.label ?? ''} loading="lazy" />
                </Show>
              </a>
              <figcaption title={p.sha256}>
                {t('rect.sha256')} {p.sha256.slice(0, 16)}…
              </figcaption>
            </figure>
          )}
        </For>
      </div>
    </Show>
  );
}
