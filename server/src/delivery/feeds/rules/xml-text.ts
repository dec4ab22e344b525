/**
 * Characters XML 1.0 forbids anywhere (C0 controls but tab, LF and CR; U+FFFE/U+FFFF; unpaired
 * surrogates). A parser stops at the first one, so one stray character in a lead would break the
 * whole feed: they are dropped.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in an XML element or a quoted attribute: forbidden characters dropped, markup escaped, NFC. */
export const xmlText = (value: string): string =>
  value
    .replace(FORBIDDEN, '')
    .normalize('NFC')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** `<name>text</name>`, or nothing when there is no text. */
export const element = (name: string, text: string | null | undefined): string =>
  text === null || text === undefined || text === '' ? '' : `<${name}>${xmlText(text)}</${name}>`;

/** A feed or sitemap, and the date its content last changed (for Last-Modified). */
export interface XmlDocument {
  xml: string;
  lastModified: Date | null;
}
