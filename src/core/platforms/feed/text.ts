/**
 * Feed text to plain text. Feed titles and bodies carry HTML (escaped or in CDATA) written by the status
 * page's staff; the extension only ever shows text, so every tag goes and every entity is decoded. Block
 * elements become line breaks because the dialects read their facts line by line ("Status: ...",
 * "Sep 22, 02:35 UTC", "Affected components").
 *
 * The scan is linear on purpose: a regex with a lazy `[\s\S]*?` would go quadratic on a body full of
 * unclosed `<!--` or `<script`, and this runs in the service worker on untrusted input.
 */

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);

/** Elements whose content is code, never text to show. */
const HIDDEN_TAGS = new Set(['script', 'style']);

const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;

const NAMED_ENTITIES = new Map<string, string>(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    ndash: '–',
    mdash: '—',
    hellip: '…',
    lsquo: '‘',
    rsquo: '’',
    ldquo: '“',
    rdquo: '”',
    laquo: '«',
    raquo: '»',
    bull: '•',
    middot: '·',
    copy: '©',
    reg: '®',
    trade: '™',
    deg: '°',
    times: '×',
    euro: '€',
    szlig: 'ß',
    aelig: 'æ',
    AElig: 'Æ',
    oslash: 'ø',
    Oslash: 'Ø',
  }),
);

/** `&eacute;`, `&Uuml;`, `&ccedil;`: a letter and a diacritic, composed rather than listed one by one. */
const ACCENTED = /^([a-zA-Z])(grave|acute|circ|tilde|uml|ring|cedil)$/;
const COMBINING = new Map(
  Object.entries({
    grave: '\u0300',
    acute: '\u0301',
    circ: '\u0302',
    tilde: '\u0303',
    uml: '\u0308',
    ring: '\u030A',
    cedil: '\u0327',
  }),
);

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

// Control characters other than tab and line feed have no business in a title or a message.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** HTML to plain text: tags dropped (block tags as line breaks), entities decoded, blank runs squeezed. */
export function htmlToText(html: string): string {
  return tidy(decodeEntities(stripTags(html)));
}

/** One line of plain text, for titles and names. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Plain text that is not HTML (Atom `type="text"`), made safe to go through `htmlToText` unchanged. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (!name.startsWith('#'))
      return NAMED_ENTITIES.get(name) ?? NAMED_ENTITIES.get(name.toLowerCase()) ?? accented(name) ?? whole;
    const hex = name[1] === 'x' || name[1] === 'X';
    const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  });
}

function accented(name: string): string | undefined {
  const [, letter, mark] = ACCENTED.exec(name) ?? [];
  const composed = letter && mark ? `${letter}${COMBINING.get(mark) ?? ''}`.normalize('NFC') : '';
  return composed.length === 1 ? composed : undefined;
}

function stripTags(html: string): string {
  let out = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      out += html.slice(at);
      break;
    }
    out += html.slice(at, open);
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG_NAME.lastIndex = open;
    const tag = TAG_NAME.exec(html);
    if (!tag) {
      // A bare `<` in text ("latency < 5s") is text.
      out += '<';
      at = open + 1;
      continue;
    }
    const close = html.indexOf('>', TAG_NAME.lastIndex);
    if (close < 0) break; // a tag cut short: the rest is not text
    const name = (tag[2] ?? '').toLowerCase();
    at = close + 1;
    if (BLOCK_TAGS.has(name)) out += '\n';
    else if (tag[1] === '' && HIDDEN_TAGS.has(name)) at = skipHidden(html, name, at);
  }
  return out;
}

/** Past the end of a `<script>` or `<style>` element; to the end of the body if it never closes. */
function skipHidden(html: string, name: string, from: number): number {
  const closing = new RegExp(`</${name}\\s*>`, 'gi');
  closing.lastIndex = from;
  const found = closing.exec(html);
  return found ? closing.lastIndex : html.length;
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
