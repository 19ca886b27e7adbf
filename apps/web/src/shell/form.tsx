import { createUniqueId, For, type JSX, Show } from 'solid-js';

/**
 * A labelled input with its hint and its error messages under it. The input is passed as a function of
 * the ids it must carry, so screen readers announce the label, the hint and the errors with it.
 */
export function Field(props: {
  label: string;
  hint?: string;
  errors?: readonly string[];
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => JSX.Element;
}) {
  const id = createUniqueId();
  const invalid = () => (props.errors?.length ?? 0) > 0;
  const describedBy = () =>
    [props.hint ? `${id}-hint` : '', invalid() ? `${id}-errors` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field" classList={{ 'is-invalid': invalid() }}>
      <label class="field-label" for={id}>
        {props.label}
      </label>
      {props.children({ id, describedBy: describedBy(), invalid: invalid() })}
      <Show when={props.hint}>
        <p class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={invalid()}>
        <ul class="field-errors" id={`${id}-errors`} data-testid="field-errors">
          <For each={props.errors}>{(message) => <li>{message}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}

/** A group of checkboxes (roles, actions, sites) with one legend and the field's errors. */
export function CheckboxGroup<T extends string>(props: {
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  errors?: readonly string[];
  name: string;
}) {
  const toggle = (value: T, on: boolean) => {
    const rest = props.selected.filter((v) => v !== value);
    props.onChange(on ? [...rest, value] : rest);
  };
  return (
    <fieldset class="field checkbox-group" classList={{ 'is-invalid': (props.errors?.length ?? 0) > 0 }}>
      <legend class="field-label">{props.legend}</legend>
      <div class="checkbox-options">
        <For each={props.options}>
          {(option) => (
            <label class="checkbox">
              <input
                type="checkbox"
                name={props.name}
                value={option.value}
                checked={props.selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.currentTarget.checked)}
              />
              <span>{option.label}</span>
            </label>
          )}
        </For>
      </div>
      <Show when={(props.errors?.length ?? 0) > 0}>
        <ul class="field-errors" data-testid="field-errors">
          <For each={props.errors}>{(message) => <li>{message}</li>}</For>
        </ul>
      </Show>
    </fieldset>
  );
}

/** The form-level failure (wrong password, throttled, conflict…), announced when it appears. */
export function FormAlert(props: { message: string | null }) {
  return (
    <Show when={props.message}>
      <p class="form-alert" role="alert" data-testid="form-alert">
        {props.message}
      </p>
    </Show>
  );
}

/** A success note that screen readers announce politely. */
export function FormNotice(props: { message: string | null | false | undefined }) {
  return (
    <Show when={props.message}>
      <p class="form-notice" role="status">
        {props.message}
      </p>
    </Show>
  );
}
