/**
 * Renders an article (as the plugin's preview read returns it) to one HTML page. Every value from
 * the article is escaped; link targets keep only http(s) and mailto; nothing runs in the page.
 */

type Node = { type?: string; text?: string; url?: string; level?: number; format?: string; children?: Node[]; image?: Media; bold?: boolean; italic?: boolean; underline?: boolean; strikethrough?: boolean; code?: boolean };
type Media = { url?: string; alternativeText?: string | null; width?: number | null; height?: number | null };
export interface PreviewArticle {
  title?: string;
  lead?: string | null;
  body?: Node[] | null;
  cover?: Media | null;
  coverCaption?: string | null;
  bylineText?: string | null;
  bylines?: Array<{ name?: string }> | null;
  sourceCredit?: string | null;
  locale?: string | null;
  updatedAt?: string;
}

export const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const safeHref = (url: unknown): string | null => {
  if (typeof url !== 'string') return null;
  return /^(https?:|mailto:)/i.test(url.trim()) ? url.trim() : null;
};
/** A file's URL: same-origin paths and http(s) only. */
const safeSrc = (url: unknown): string | null => {
  if (typeof url !== 'string') return null;
  return /^(https?:\/\/|\/(?!\/))/i.test(url) ? url : null;
};

const inline = (node: Node): string => {
  if (node.type === 'text') {
    let html = escapeHtml(node.text);
    if (node.code) html = `<code>${html}</code>`;
    if (node.bold) html = `<strong>${html}</strong>`;
    if (node.italic) html = `<em>${html}</em>`;
    if (node.underline) html = `<u>${html}</u>`;
    if (node.strikethrough) html = `<s>${html}</s>`;
    return html;
  }
  if (node.type === 'link') {
    const href = safeHref(node.url);
    const inner = (node.children ?? []).map(inline).join('');
    return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${inner}</a>` : inner;
  }
  return (node.children ?? []).map(inline).join('');
};

const block = (node: Node): string => {
  const inner = () => (node.children ?? []).map(inline).join('');
  switch (node.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(2, Number(node.level) || 2));
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'quote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'code':
      return `<pre><code>${(node.children ?? []).map((c) => escapeHtml(c.text)).join('')}</code></pre>`;
    case 'list': {
      const tag = node.format === 'ordered' ? 'ol' : 'ul';
      return `<${tag}>${(node.children ?? []).map((item) => (item.type === 'list' ? block(item) : `<li>${inline(item)}</li>`)).join('')}</${tag}>`;
    }
    case 'image': {
      const src = safeSrc(node.image?.url);
      return src ? `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(node.image?.alternativeText ?? '')}"></figure>` : '';
    }
    default:
      return `<p>${inner()}</p>`;
  }
};

const STYLE = `body{margin:0;font:18px/1.6 Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fafafa}
.bar{position:sticky;top:0;background:#b3261e;color:#fff;font:600 14px/1.4 system-ui,sans-serif;padding:8px 16px;text-align:center}
main{max-width:720px;margin:0 auto;padding:24px 16px 64px;background:#fff}
h1{font-size:2rem;line-height:1.25;margin:.2em 0 .4em}.lead{font-weight:700}.byline{font:600 15px system-ui,sans-serif;color:#444}
figure{margin:1.2em 0}img{max-width:100%;height:auto}figcaption{font:14px/1.4 system-ui,sans-serif;color:#555;margin-top:6px}
.credit{font-style:italic;color:#555}blockquote{border-left:4px solid #ccc;margin:1em 0;padding-left:1em;color:#333}`;

const page = (lang: string, title: string, content: string): string =>
  `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
  `<meta name="robots" content="noindex,nofollow"><meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
  `<body>${content}</body></html>`;

export default () => ({
  article(article: PreviewArticle): string {
    const byline = article.bylineText || (article.bylines ?? []).map((b) => b.name).filter(Boolean).join(' – ');
    const coverSrc = safeSrc(article.cover?.url);
    const cover = coverSrc
      ? `<figure><img src="${escapeHtml(coverSrc)}" alt="${escapeHtml(article.cover?.alternativeText ?? '')}">` +
        (article.coverCaption ? `<figcaption>${escapeHtml(article.coverCaption)}</figcaption>` : '') +
        '</figure>'
      : '';
    const content =
      `<div class="bar" data-preview="banner">Bản xem trước — chưa xuất bản · Preview — not published</div><main><article>` +
      `<h1>${escapeHtml(article.title)}</h1>` +
      (byline ? `<p class="byline">${escapeHtml(byline)}</p>` : '') +
      (article.lead ? `<p class="lead">${escapeHtml(article.lead)}</p>` : '') +
      cover +
      (article.body ?? []).map(block).join('') +
      (article.sourceCredit ? `<p class="credit">${escapeHtml(article.sourceCredit)}</p>` : '') +
      `</article></main>`;
    return page(article.locale ?? 'vi', `[Xem trước] ${article.title ?? ''}`, content);
  },

  notFound(): string {
    return page('vi', 'Không tìm thấy', '<main><h1>Liên kết xem trước không hợp lệ hoặc đã hết hạn</h1><p>This preview link is invalid, expired or revoked.</p></main>');
  },
});
