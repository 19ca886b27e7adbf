import { type Accessor, createSignal } from 'solid-js';
import { t } from '../i18n/locale.ts';
import { errorDisplay, fieldErrorsOf } from './error-message.ts';

export interface Action<A extends unknown[], R> {
  /** Runs the call; resolves to its result, or undefined when it failed (the error is then on show). */
  run(...args: A): Promise<R | undefined>;
  pending: Accessor<boolean>;
  error: Accessor<unknown>;
  /** The failure in words (the server's localized message), or null. */
  message: Accessor<string | null>;
  /** Messages for one input field, from the server's `fieldErrors`. */
  fieldErrors(field: string): string[];
  clear(): void;
}

/** A mutation from a form or a button: pending state, the localized error, field errors, no double submit. */
export function createAction<A extends unknown[], R>(call: (...args: A) => Promise<R>): Action<A, R> {
  const [pending, setPending] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  return {
    async run(...args) {
      if (pending()) return undefined;
      setPending(true);
      setError(null);
      try {
        return await call(...args);
      } catch (caught) {
        setError(caught);
        return undefined;
      } finally {
        setPending(false);
      }
    },
    pending,
    error,
    message: () => (error() ? errorDisplay(error(), t).message : null),
    fieldErrors: (field) => fieldErrorsOf(error())[field] ?? [],
    clear: () => setError(null),
  };
}
