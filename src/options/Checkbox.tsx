/** A checkbox with its own label (and an optional hint read with it); a disabled fieldset around it disables it too. */
export function Checkbox({
  id,
  label,
  checked,
  hint,
  disabled = false,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  hint?: string | undefined;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="check">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {/* Labels may be a status page's component names: right-to-left text must not reorder what is around it. */}
      <label for={id}>
        <bdi>{label}</bdi>
      </label>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
