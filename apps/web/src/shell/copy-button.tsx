import { createSignal } from 'solid-js';
import { t } from '../i18n/locale.ts';

/** Copies text to the clipboard and says so for a moment; falls back to selecting nothing silently. */
export function CopyButton(props: { text: string; label?: string; testId?: string }) {
  const [copied, setCopied] = createSignal(false);
  return (
    <button
      type="button"
      class="button"
      data-testid={props.testId}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(props.text);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          // No clipboard permission (plain http, old browser): the text stays on screen to copy by hand.
        }
      }}
    >
      <span aria-live="polite">{copied() ? t('common.copied') : (props.label ?? t('common.copy'))}</span>
    </button>
  );
}
