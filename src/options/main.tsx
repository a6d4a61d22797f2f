import { render } from 'preact';
import { t, uiLanguage } from '../browser/i18n';
import { App } from './App';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
