import { parseXml, type XmlDocument, XmlElement, type XmlNode, XmlText } from '@rgrove/parse-xml';
import { fail, ok, type Result } from '../../result';
import { parseFeedDate } from './dates';
import { escapeText, htmlToText, oneLine } from './text';

/**
 * An Atom, RSS 2.0 or RSS 1.0 (RDF) document reduced to what the dialects read, the same for all three:
 * the XML is parsed by @rgrove/parse-xml (no DOM in a service worker), never by hand. parse-xml does not
 * resolve namespaces, so Atom elements are matched by local name (`feed`, `atom:feed`); RSS elements by
 * their plain names, which keeps `<atom:link>` inside an RSS channel from passing for `<link>`.
 */

export interface FeedEntry {
  /** Atom `id`, RSS `guid`. */
  id?: string;
  /** Plain text. */
  title: string;
  link?: string;
  /** ISO; Atom `published`. */
  published?: string;
  /** ISO; Atom `updated`, RSS `pubDate`. */
  updated?: string;
  /** HTML: Atom `content`, RSS `content:encoded` or `description`. */
  content: string;
  /** HTML: Atom `summary`, RSS `description`. */
  summary: string;
  categories: string[];
}

export interface FeedDocument {
  format: 'atom' | 'rss';
  /** Atom feed `id`. */
  id?: string;
  title: string;
  link?: string;
  /** RSS channel `description`, Atom `subtitle`. */
  description: string;
  generator: string;
  entries: FeedEntry[];
}

export function readFeedXml(body: string): Result<FeedDocument> {
  let doc: XmlDocument;
  try {
    // Undefined entities (`&nbsp;` in a sloppy feed) stay as text and are decoded with the HTML.
    doc = parseXml(body.replace(/^\uFEFF/, ''), { ignoreUndefinedEntities: true });
  } catch (error) {
    return fail('bad_payload', `the feed is not well-formed XML: ${firstLine(error)}`);
  }
  const root = doc.root;
  if (!root) return fail('bad_payload', 'the XML has no root element');
  const name = localName(root.name);
  if (name === 'feed') return ok(readAtom(root));
  if (root.name === 'rss') {
    const channel = child(root, 'channel');
    return channel ? ok(readRss(channel, elements(channel, 'item'))) : fail('bad_payload', 'the RSS document has no channel');
  }
  if (name === 'RDF') {
    const channel = child(root, 'channel');
    return channel ? ok(readRss(channel, elements(root, 'item'))) : fail('bad_payload', 'the RSS 1.0 document has no channel');
  }
  return fail('bad_payload', `the XML is not an RSS or Atom feed (root element <${clipName(root.name)}>)`);
}

function readAtom(feed: XmlElement): FeedDocument {
  const id = textOf(atomChild(feed, 'id'));
  const link = atomLink(feed);
  return {
    format: 'atom',
    ...(id ? { id } : {}),
    title: atomText(atomChild(feed, 'title')),
    ...(link ? { link } : {}),
    description: atomText(atomChild(feed, 'subtitle')),
    generator: textOf(atomChild(feed, 'generator')),
    entries: atomChildren(feed, 'entry').map(readAtomEntry),
  };
}

function readAtomEntry(entry: XmlElement): FeedEntry {
  const id = textOf(atomChild(entry, 'id'));
  const link = atomLink(entry);
  const published = parseFeedDate(textOf(atomChild(entry, 'published')));
  const updated = parseFeedDate(textOf(atomChild(entry, 'updated')));
  const content = atomHtml(atomChild(entry, 'content'));
  const summary = atomHtml(atomChild(entry, 'summary'));
  return {
    ...(id ? { id } : {}),
    title: atomText(atomChild(entry, 'title')),
    ...(link ? { link } : {}),
    ...(published ? { published } : {}),
    ...(updated ? { updated } : {}),
    content: content || summary,
    summary: summary || content,
    categories: atomChildren(entry, 'category')
      .map((category) => category.attributes.term ?? deepText(category))
      .map(oneLine)
      .filter(Boolean),
  };
}

function readRss(channel: XmlElement, items: XmlElement[]): FeedDocument {
  const link = textOf(child(channel, 'link'));
  return {
    format: 'rss',
    title: oneLine(htmlToText(textOf(child(channel, 'title')))),
    ...(link ? { link } : {}),
    description: oneLine(htmlToText(textOf(child(channel, 'description')))),
    generator: textOf(child(channel, 'generator')),
    entries: items.map(readRssItem),
  };
}

function readRssItem(item: XmlElement): FeedEntry {
  const id = textOf(child(item, 'guid'));
  const link = textOf(child(item, 'link'));
  const updated = parseFeedDate(textOf(child(item, 'pubDate')) || textOf(child(item, 'dc:date')));
  const description = deepText(child(item, 'description'));
  const encoded = deepText(child(item, 'content:encoded'));
  return {
    ...(id ? { id } : {}),
    // RSS titles may hold entity-encoded HTML; feed readers treat them as HTML, so do we.
    title: oneLine(htmlToText(textOf(child(item, 'title')))),
    ...(link ? { link } : {}),
    ...(updated ? { updated } : {}),
    content: encoded || description,
    summary: description || encoded,
    categories: elements(item, 'category').map(textOf).filter(Boolean),
  };
}

/** Atom text constructs: `type="html"` holds escaped HTML, `xhtml` holds elements, `text` (the default) is text. */
function atomText(element: XmlElement | undefined): string {
  if (!element) return '';
  const type = element.attributes.type ?? 'text';
  const text = deepText(element);
  return oneLine(type === 'html' ? htmlToText(text) : text);
}

/** Atom content as HTML whatever its type, so that one text conversion serves every dialect. */
function atomHtml(element: XmlElement | undefined): string {
  if (!element) return '';
  const type = element.attributes.type ?? 'text';
  const text = deepText(element);
  return type === 'html' || type === 'text/html' ? text : escapeText(text);
}

/** The entry's own page: `rel="alternate"` or no rel at all. */
function atomLink(element: XmlElement): string | undefined {
  const links = atomChildren(element, 'link');
  const alternate = links.find((link) => (link.attributes.rel ?? 'alternate') === 'alternate');
  const href = alternate?.attributes.href?.trim();
  return href || undefined;
}

function elements(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((node): node is XmlElement => node instanceof XmlElement && node.name === name);
}

function child(parent: XmlElement, name: string): XmlElement | undefined {
  return elements(parent, name)[0];
}

function atomChildren(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((node): node is XmlElement => node instanceof XmlElement && localName(node.name) === name);
}

function atomChild(parent: XmlElement, name: string): XmlElement | undefined {
  return atomChildren(parent, name)[0];
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function textOf(element: XmlElement | undefined): string {
  return deepText(element).trim();
}

/**
 * All the text under an element, CDATA included. Walked with a stack rather than parse-xml's recursive
 * `text` getter: a hostile feed nests elements thousands deep and would overflow the call stack.
 */
function deepText(element: XmlElement | undefined): string {
  let out = '';
  const pending: XmlNode[] = element ? [element] : [];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node instanceof XmlText) out += node.text;
    else if (node instanceof XmlElement) {
      // One at a time: spreading a huge child list as arguments overflows too.
      for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index] as XmlNode);
    }
  }
  return out;
}

function clipName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 200) ?? '';
}
