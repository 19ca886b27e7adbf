import { For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';

export interface AppealEvidence {
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** Where the API serves one appeal file (access-checked there: staff who decide, and the appellant). */
export function appealEvidenceHref(consequenceId: string, sha256: string): string {
  return `/api/consequences/${encodeURIComponent(consequenceId)}/appeal-evidence/${sha256}`;
}

const kb = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;

/** The vendor's grounds and the evidence it filed: images open in a new tab, PDFs download. */
export function AppealView(props: {
  consequenceId: string;
  appeal: { grounds: string; evidence: AppealEvidence[]; resolution?: string | null };
}) {
  return (
    <div class="hint" data-testid="appeal">
      <span>
        {t('out.appeal')}: {props.appeal.grounds}
      </span>
      <Show when={props.appeal.evidence.length > 0}>
        <span>{t('out.appeal.evidence')}:</span>
        <ul data-testid="appeal-evidence">
          <For each={props.appeal.evidence}>
            {(file) => (
              <li>
                <Show
                  when={file.contentType.startsWith('image/')}
                  fallback={
                    <a href={appealEvidenceHref(props.consequenceId, file.sha256)} download={file.name}>
                      {file.name}
                    </a>
                  }
                >
                  <a
                    href={appealEvidenceHref(props.consequenceId, file.sha256)}
                    target="_blank"
                    rel="noopener"
                  >
                    {file.name}
                  </a>
                </Show>{' '}
                ({kb(file.size)})
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.appeal.resolution}>
        <span>{props.appeal.resolution}</span>
      </Show>
    </div>
  );
}
