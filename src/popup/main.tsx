import { render } from 'preact';
import { t, uiLanguage } from '../browser/i18n';
import { openStoredFeed } from '../ui/useStored';
import { App } from './App';

// Started before anything renders: the first frame shows what is stored, not an empty popup.
const feed = openStoredFeed();

document.documentElement.lang = uiLanguage();
document.title = t('extName');
const root = document.getElementById('app');
if (root) {
  // Without what is stored (storage failed; useStored says why) the popup still opens, and follows changes.
  feed.first.then(
    (initial) => render(<App feed={feed} initial={initial} />, root),
    () => render(<App feed={feed} />, root),
  );
}
