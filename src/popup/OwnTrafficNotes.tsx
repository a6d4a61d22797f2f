import type { OwnTrafficNote } from '../core/view/own-traffic';
import { ownTrafficLine } from '../core/view/own-traffic';
import { useLocale } from '../ui/i18n-context';

/**
 * What the user's own requests say, right under the headline and apart from what the pages say: it answers
 * "is it them or me?" before anything else. Nothing is drawn when there is nothing to say.
 */
export function OwnTrafficNotes({ notes }: { notes: readonly OwnTrafficNote[] }) {
  const { t } = useLocale();
  if (notes.length === 0) return null;
  return (
    <section class="own-traffic" aria-labelledby="own-traffic-heading">
      <h2 id="own-traffic-heading" class="own-traffic__heading">
        {t('popupOwnTrafficHeading')}
      </h2>
      <ul class="own-traffic__list">
        {notes.map((note) => (
          <li
            key={note.kind === 'own_network' ? 'network' : `${note.kind}:${note.provider.id}`}
            class={`own-traffic__note own-traffic__note--${note.kind}`}
          >
            {ownTrafficLine(note, t)}
          </li>
        ))}
      </ul>
    </section>
  );
}
