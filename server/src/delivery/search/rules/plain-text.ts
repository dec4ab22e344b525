/**
 * Plain text of an article field, for the index and for snippets: Strapi blocks (the body) become
 * their text, blocks separated by a space; a string loses its HTML tags (a `richtext` body in a host
 * app, pasted markup in a lead) with the usual entities decoded. Whitespace runs become one space;
 * the result is NFC.
 */

type Node = { type?: unknown; text?: unknown; children?: unknown; code?: unknown };

const collect = (node: unknown, out: string[]): void => {
  if (Array.isArray(node)) {
    for (const child of node) collect(child, out);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const { type, text, children } = node as Node;
  if (typeof text === 'string') out.push(text);
  if (Array.isArray(children)) {
    // Inline nodes (text, link) run on; a block (paragraph, heading, list item, quote…) ends with a space.
    const inline = type === 'link' || type === 'text';
    collect(children, out);
    if (!inline) out.push(' ');
  }
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });

/** Block-level HTML elements: their tags separate words; other tags (`<b>`, `<a>`) do not. */
const BLOCK_TAGS = /^(p|div|br|hr|li|ul|ol|h[1-6]|blockquote|pre|table|tr|td|th|section|article|figure|figcaption|header|footer)$/i;

const stripHtml = (text: string): string => {
  if (!/<[a-z/!]/i.test(text)) return decodeEntities(text);
  const withoutHidden = text.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<!--[\s\S]*?-->/g, '');
  const withoutTags = withoutHidden.replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_, tag: string) => (BLOCK_TAGS.test(tag) ? ' ' : ''));
  return decodeEntities(withoutTags);
};

/** The plain text of a field value (string, blocks or nothing), whitespace collapsed, NFC. */
export const plainText = (value: unknown): string => {
  let text: string;
  if (typeof value === 'string' && value.startsWith('[{')) {
    // Blocks read as raw JSON (a database driver that does not parse JSON columns).
    try {
      return plainText(JSON.parse(value) as unknown);
    } catch {
      // Not JSON after all: a text that starts with "[{".
    }
  }
  if (typeof value === 'string') text = stripHtml(value);
  else if (typeof value === 'object' && value !== null) {
    const out: string[] = [];
    collect(value, out);
    text = out.join('');
  } else text = '';
  return text.replace(/\s+/gu, ' ').trim().normalize('NFC');
};
