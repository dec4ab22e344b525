import { rfc822 } from './feed-dates';
import { element, xmlText } from './xml-text';

export interface RssChannel {
  title: string;
  link: string;
  description: string;
  language: string;
  /** The feed's own URL (atom:link rel="self", which feed validators ask for). */
  selfUrl: string;
  lastBuildDate: Date | null;
}

export interface RssItem {
  title: string;
  link: string;
  /** Stable across slug or section changes: not a permalink. */
  guid: string;
  pubDate: Date | null;
  /** The byline text; RSS's own <author> must be an email address, so names go in dc:creator. */
  creator: string | null;
  description: string | null;
  enclosure: { url: string; length: number; type: string } | null;
}

const item = (entry: RssItem): string =>
  [
    '<item>',
    element('title', entry.title),
    element('link', entry.link),
    `<guid isPermaLink="false">${xmlText(entry.guid)}</guid>`,
    entry.pubDate ? element('pubDate', rfc822(entry.pubDate)) : '',
    element('dc:creator', entry.creator),
    element('description', entry.description),
    entry.enclosure
      ? `<enclosure url="${xmlText(entry.enclosure.url)}" length="${entry.enclosure.length}" type="${xmlText(entry.enclosure.type)}"/>`
      : '',
    '</item>',
  ].join('');

/** An RSS 2.0 document. */
export const renderRss = (channel: RssChannel, items: RssItem[]): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', channel.language),
    `<atom:link href="${xmlText(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    channel.lastBuildDate ? element('lastBuildDate', rfc822(channel.lastBuildDate)) : '',
    ...items.map(item),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
