import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../../../contracts/config';
import { countLinks } from './rules/links';
import { createPhraseMatcher, isEmailEntry, isIpEntry, type PhraseMatcher } from './rules/phrase-matcher';
import { senderHash } from './rules/sender-hash';

type CommentsConfig = NewsroomConfig['comments'];

export interface Compiled {
  /** What it was compiled from: the lists and the salt, as text. */
  source: string;
  keywords: PhraseMatcher;
  blockedWords: PhraseMatcher;
  blockedEmails: Set<string>;
  blockedIpHashes: Set<string>;
}

/**
 * The configured comment rules, compiled once per configuration. The lists are compared by value:
 * `strapi.config.set('plugin::newsroom.comments.blockList', …)` changes them inside the same
 * config object, and the next submission must see the new lists.
 */
const createCommentRulesService = ({ strapi }: { strapi: Core.Strapi }) => {
  let compiled: Compiled | undefined;

  const service = {
    config(): CommentsConfig {
      return strapi.config.get<CommentsConfig>('plugin::newsroom.comments');
    },

    /** The salt of sender hashes: configured, else derived from the app's keys (never empty). */
    salt(): string {
      const configured = service.config().ipHashSalt;
      if (configured) return configured;
      const keys = strapi.config.get<string[] | string>('server.app.keys', []);
      return `newsroom:${Array.isArray(keys) ? keys.join(',') : String(keys)}`;
    },

    hash(value: string): string {
      return senderHash(value, service.salt());
    },

    compiled(): Compiled {
      const config = service.config();
      const source = JSON.stringify([config.moderationKeywords, config.blockList, service.salt()]);
      if (compiled?.source !== source) {
        const words = config.blockList.filter((entry) => !isEmailEntry(entry) && !isIpEntry(entry));
        compiled = {
          source,
          keywords: createPhraseMatcher(config.moderationKeywords),
          blockedWords: createPhraseMatcher(words),
          blockedEmails: new Set(config.blockList.filter(isEmailEntry).map((entry) => entry.trim().toLowerCase())),
          blockedIpHashes: new Set(config.blockList.filter(isIpEntry).map((entry) => service.hash(entry))),
        };
      }
      return compiled;
    },

    /** What the content rules say of a submission (the author's history aside). */
    inspect(input: { authorName: string; authorEmail: string; content: string; ipHash: string }) {
      const rules = service.compiled();
      const text = `${input.authorName}\n${input.content}`;
      return {
        blocked:
          rules.blockedWords.matches(text).length > 0 ||
          rules.blockedEmails.has(input.authorEmail.toLowerCase()) ||
          rules.blockedIpHashes.has(input.ipHash),
        links: countLinks(input.content),
        linkThreshold: service.config().linkThreshold,
        flagged: rules.keywords.matches(text).length > 0,
      };
    },
  };
  return service;
};

export default createCommentRulesService;
