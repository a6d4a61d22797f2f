import { minutesToTime, timeToMinutes } from './edits';

/** A local time of day, stored as minutes after midnight. An empty or half-typed value is not saved. */
export function TimeField({
  id,
  label,
  minutes,
  disabled,
  describedBy,
  onChange,
}: {
  id: string;
  label: string;
  minutes: number;
  disabled: boolean;
  describedBy: string;
  onChange: (minutes: number) => void;
}) {
  return (
    <div class="field field--time">
      <label for={id}>{label}</label>
      <input
        type="time"
        id={id}
        value={minutesToTime(minutes)}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => {
          const chosen = timeToMinutes(event.currentTarget.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      />
    </div>
  );
}
