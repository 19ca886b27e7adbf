import { Field } from '../../shell/form.tsx';

/** A password field; `autocomplete` tells password managers whether to fill or to suggest a new one. */
export function PasswordField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  errors?: readonly string[];
  hint?: string;
  autocomplete: 'current-password' | 'new-password';
}) {
  return (
    <Field label={props.label} errors={props.errors} hint={props.hint}>
      {(ids) => (
        <input
          id={ids.id}
          name="password"
          type="password"
          required
          maxLength={256}
          autocomplete={props.autocomplete}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
