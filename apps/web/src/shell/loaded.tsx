import { type Accessor, type JSX, Show, untrack } from 'solid-js';
import type { Loader } from '../lib/loader.ts';
import { ErrorState, LoadingState } from './states.tsx';

/**
 * Loading until the first answer, the error with a retry, then the content. The content is built once and
 * follows later answers through the accessor, so a reload after a change keeps open forms as they are.
 */
export function Loaded<T>(props: { loader: Loader<T>; children: (data: Accessor<T>) => JSX.Element }) {
  const data = () => props.loader.data() as T;
  return (
    <Show
      when={!props.loader.error()}
      fallback={<ErrorState error={props.loader.error()} onRetry={() => void props.loader.reload()} />}
    >
      <Show when={props.loader.data() !== undefined} fallback={<LoadingState />}>
        {untrack(() => props.children(data))}
      </Show>
    </Show>
  );
}
