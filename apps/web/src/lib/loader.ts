import { type Accessor, createSignal } from 'solid-js';

export interface Loader<T> {
  data: Accessor<T | undefined>;
  error: Accessor<unknown>;
  loading: Accessor<boolean>;
  /** Fetches again; the old data stays on screen meanwhile (no flash of a spinner after each change). */
  reload(): Promise<void>;
}

/** A query's state as plain signals: loads at once, keeps the latest answer, ignores answers overtaken. */
export function createLoader<T>(fetch: () => Promise<T>): Loader<T> {
  const [data, setData] = createSignal<T>();
  const [error, setError] = createSignal<unknown>(null);
  const [loading, setLoading] = createSignal(true);
  let latest = 0;
  async function reload() {
    const mine = ++latest;
    setLoading(true);
    try {
      const value = await fetch();
      if (mine !== latest) return;
      setData(() => value);
      setError(null);
    } catch (caught) {
      if (mine === latest) setError(caught);
    } finally {
      if (mine === latest) setLoading(false);
    }
  }
  void reload();
  return { data, error, loading, reload };
}
