import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldShell {
  label: string;
  errors?: string[] | undefined;
  hint?: ReactNode;
}

/**
 * Label, control, hint and server errors wired together: the errors are announced with the
 * field (aria-describedby) and the field is marked invalid, so nobody has to hunt for them.
 */
function useFieldIds(errors: string[] | undefined, hint: ReactNode) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function Extras({
  hint,
  hintId,
  errors,
  errorId,
}: {
  hint: ReactNode;
  hintId: string | undefined;
  errors: string[] | undefined;
  errorId: string | undefined;
}) {
  return (
    <>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p className="field-error" id={errorId}>
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}

export function TextField({
  label,
  errors,
  hint,
  ...input
}: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(errors, hint);
  return (
    <div className="field">
      <label htmlFor={ids.id}>{label}</label>
      <input
        id={ids.id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={ids.describedBy}
        {...input}
      />
      <Extras hint={hint} hintId={ids.hintId} errors={errors} errorId={ids.errorId} />
    </div>
  );
}

export function TextArea({
  label,
  errors,
  hint,
  ...input
}: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(errors, hint);
  return (
    <div className="field">
      <label htmlFor={ids.id}>{label}</label>
      <textarea
        id={ids.id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={ids.describedBy}
        {...input}
      />
      <Extras hint={hint} hintId={ids.hintId} errors={errors} errorId={ids.errorId} />
    </div>
  );
}

export function SelectField({
  label,
  errors,
  hint,
  children,
  ...select
}: FieldShell & SelectHTMLAttributes<HTMLSelectElement>) {
  const ids = useFieldIds(errors, hint);
  return (
    <div className="field">
      <label htmlFor={ids.id}>{label}</label>
      <select
        id={ids.id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={ids.describedBy}
        {...select}
      >
        {children}
      </select>
      <Extras hint={hint} hintId={ids.hintId} errors={errors} errorId={ids.errorId} />
    </div>
  );
}

/** A group of checkboxes (themes, languages, moderators) under one legend. */
export function CheckboxGroup<V extends string>({
  legend,
  options,
  value,
  onChange,
  errors,
  hint,
  className,
}: {
  legend: string;
  options: readonly { value: V; label: string }[];
  value: readonly V[];
  onChange(next: V[]): void;
  errors?: string[] | undefined;
  hint?: ReactNode;
  className?: string;
}) {
  const ids = useFieldIds(errors, hint);
  const toggle = (v: V, on: boolean) => onChange(on ? [...value, v] : value.filter((x) => x !== v));
  return (
    <fieldset
      className={`field checkbox-group ${className ?? ''}`}
      aria-describedby={ids.describedBy}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend>{legend}</legend>
      <div className="options">
        {options.map((option) => (
          <label key={option.value} className="check">
            <input
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={(e) => toggle(option.value, e.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <Extras hint={hint} hintId={ids.hintId} errors={errors} errorId={ids.errorId} />
    </fieldset>
  );
}

export function FormErrors({ messages, intro }: { messages: string[]; intro?: string }) {
  if (!messages.length && !intro) return null;
  return (
    <div className="error" role="alert">
      {intro && <p>{intro}</p>}
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}
