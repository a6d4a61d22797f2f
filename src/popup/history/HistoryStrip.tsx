import type { TargetedKeyboardEvent } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { AssistantHistory } from '../../core/history/view/view';
import { useLocale } from '../../ui/i18n-context';
import { StripNotes } from './StripNotes';
import { dayLabel } from './words';

/** Where each key moves the tab stop, from `index` on a strip whose last day is `last`. */
const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowLeft: (index) => Math.max(0, index - 1),
  ArrowRight: (index, last) => Math.min(last, index + 1),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * One assistant's days, oldest first, one mark a day whose colour and shape (popup.css) both say its level.
 * A toolbar with a roving tab stop: one Tab reaches it, the arrows, Home and End move between days, and each
 * day names itself to a screen reader; the day focused or under the pointer is also written out beneath it.
 * The tab stop starts on the latest day, the one most likely asked about.
 */
export function HistoryStrip({ history, name }: { history: AssistantHistory; name: string }) {
  const { t, language } = useLocale();
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [hovered, setHovered] = useState<number | undefined>(undefined);
  const { days } = history;
  // Ninety dates formatted once a view, not again at every move of the pointer.
  const labels = useMemo(() => days.map((day) => dayLabel(day, t, language)), [days, t, language]);
  const last = days.length - 1;
  if (last < 0) return null;
  // A newer view may hold fewer days than the one the tab stop was chosen on.
  const active = Math.min(chosen ?? last, last);

  const move = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const marks = [...event.currentTarget.querySelectorAll('button')];
    // From the day the key was pressed on, not the last render's: keys can come faster than renders.
    const from = marks.indexOf(event.target as HTMLButtonElement);
    const to = MOVES[event.key]?.(from < 0 ? active : from, last);
    if (to === undefined) return;
    event.preventDefault();
    setChosen(to);
    marks[to]?.focus();
  };

  return (
    <div class="strip">
      <div
        class="strip__days"
        role="toolbar"
        aria-label={t('historyStripLabel', name)}
        onKeyDown={move}
        onMouseLeave={() => setHovered(undefined)}
      >
        {days.map((day, index) => (
          <button
            key={day.day}
            type="button"
            class={`strip__day strip__day--${day.level}`}
            data-day={day.day}
            data-level={day.level}
            tabIndex={index === active ? 0 : -1}
            aria-label={labels[index]}
            onFocus={() => setChosen(index)}
            onMouseEnter={() => setHovered(index)}
          >
            <span class="strip__mark" />
          </button>
        ))}
      </div>
      {/* Feed titles in it: isolated, as every feed text in the popup. */}
      <p class="strip__label">
        <bdi>{labels[Math.min(hovered ?? active, last)]}</bdi>
      </p>
      <StripNotes history={history} />
    </div>
  );
}
