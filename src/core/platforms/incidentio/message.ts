import { optionalString } from '../../fetch/body';
import { isRecord } from '../../fetch/fields';

/**
 * The text of an incident.io status update. Its page JSON carries the message three ways: `message_string`
 * (plain), `message.markdown` (with markdown marks) and `message.text_node`, a rich-text document tree
 * (`{type: 'doc', content: [{type: 'paragraph', content: [{type: 'text', text}]}]}`). The tree is read
 * first because it is the only one that is plain text once its nodes are joined; the others are fallbacks.
 * Feed text is untrusted: nothing here is ever read as HTML.
 */
export function updateMessage(update: Record<string, unknown>): string {
  const message = update.message;
  const fromTree = isRecord(message) ? tidy(renderNode(message.text_node, 0)) : '';
  if (fromTree) return fromTree;
  return (
    optionalString(update.message_string) ??
    (isRecord(message) ? optionalString(message.markdown) : optionalString(message)) ??
    ''
  ).trim();
}

/** A hostile payload can nest far deeper than any real message; past this the rest is left out, never a stack overflow. */
const MAX_DEPTH = 24;

function renderNode(node: unknown, depth: number): string {
  if (!isRecord(node) || depth > MAX_DEPTH) return '';
  if (typeof node.text === 'string') return node.text;
  if (isBreak(node)) return '\n';
  if (!Array.isArray(node.content)) return '';
  const children = node.content.filter(isRecord);
  // Text runs of one paragraph join as they are; blocks (paragraphs, list items, headings) go on lines of their own.
  const inline = children.every((child) => typeof child.text === 'string' || isBreak(child));
  return children.map((child) => renderNode(child, depth + 1)).join(inline ? '' : '\n');
}

function isBreak(node: Record<string, unknown>): boolean {
  return typeof node.type === 'string' && /break/i.test(node.type);
}

function tidy(text: string): string {
  return text.replace(/\n{3,}/g, '\n\n').trim();
}
