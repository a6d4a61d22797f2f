import { absoluteTime, relativeTime } from '../core/time';
import { useLocale } from './i18n-context';

/** Relative time in the text, the absolute time on hover and for assistive tech. */
export function TimeAgo({ iso, template }: { iso: string; template?: (relative: string) => string }) {
  const { language, now } = useLocale();
  const relative = relativeTime(iso, now, language);
  if (!relative) return null;
  return (
    <time dateTime={iso} title={absoluteTime(iso, language)}>
      {template ? template(relative) : relative}
    </time>
  );
}
