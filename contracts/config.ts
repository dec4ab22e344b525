/** Plugin configuration, shared by the server (defaults, validator) and documentation. */
export interface NewsroomConfig {
  slug: {
    /** Longest slug the server stores; longer slugs are cut at a hyphen. */
    maxLength: number;
  };
  drafts: {
    /** Whether read-only API tokens may read drafts (full-access and custom tokens always may). */
    readOnlyTokens: boolean;
  };
  comments: {
    /** Longest comment, in characters. */
    maxLength: number;
    /** Deepest reply level shown (1 = no replies); a reply to the deepest level joins its parent's level. */
    maxDepth: number;
    /** Reports that send an approved comment back to `pending`. */
    reportThreshold: number;
    /** Seconds a sender (IP or email) waits between two comments; 0 turns the flood rule off. */
    floodIntervalSeconds: number;
    /** Days after the article's first publication when comments close; 0: never. */
    closeAfterDays: number;
    /** Comments with this many links or more wait for a moderator. */
    linkThreshold: number;
    /** Words or phrases that send a comment to moderation (Vietnamese-aware whole-word match). */
    moderationKeywords: string[];
    /** Words, phrases, emails or IP addresses whose comments are stored as spam. */
    blockList: string[];
    /** Approve at once a comment whose email already has an approved comment. */
    autoApproveKnownAuthors: boolean;
    /** Name of the hidden form field bots fill in. */
    honeypotField: string;
    /** Salt of the IP hash; empty: derived from the app's keys. */
    ipHashSalt: string;
    /** Moderators' addresses, told of new pending comments by email. */
    notifyModerators: string[];
    /** Least seconds between two emails to moderators. */
    notifyIntervalSeconds: number;
  };
}

export const SLUG_MAX_LENGTH_RANGE = { min: 20, max: 255 } as const;
