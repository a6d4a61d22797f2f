/**
 * What an affected row opens to, in a chunk of its own (EntryDetail): behind a click, so it is loaded after the
 * first paint and the script the popup opens with stays small.
 */
export { EntryDetail } from './EntryDetail';
