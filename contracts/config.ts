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
  scheduling: {
    /** Run due entries in this instance (every instance may: they never run one twice). */
    enabled: boolean;
    /** Draft & Publish types besides articles that may be scheduled, e.g. `api::promotion.promotion`. */
    contentTypes: string[];
    /** IANA time zone the admin schedules in by default. */
    timezone: string;
    /** Seconds between two looks for due entries (a divisor of 60); entries due sooner get a timer of their own. */
    tickSeconds: number;
    /** Seconds an instance owns an entry it runs; after that another instance may take it over. */
    leaseSeconds: number;
    /** Entries claimed at once by one instance. */
    batchSize: number;
    /** Runs of one entry before it stays `failed`. */
    maxAttempts: number;
    /** Wait before the first retry; doubled at each further one. */
    retryBaseSeconds: number;
    /** Entries never run and overdue by more than this when picked up (after downtime) are marked failed ("missed"); 0: run them all. "Run now" still runs them. */
    missedAfterMinutes: number;
  };
  search: {
    /** Longest query, in characters; longer ones are refused (400). */
    maxQueryLength: number;
    /** Largest page of results. */
    pageSizeMax: number;
    /** Length of a hit's plain-text snippet, in characters. */
    snippetLength: number;
    /**
     * Hits counted and reachable by paging. Past it, `total` says this many and `totalCapped` is
     * true (as search engines do: counting every row of a common word costs more than the page).
     */
    maxHits: number;
  };
  feeds: {
    /** The front end's base URL (absolute http or https), e.g. "https://baomoi.example.vn". */
    siteUrl: string;
    /** An article's path on the front end: tokens {slug} {section} {documentId} {locale} {yyyy} {mm} {dd}. */
    articlePath: string;
    /** The publication's name (RSS channel title, news:publication name). */
    publicationName: string;
    /** The publication's language (news:publication language, RSS language). */
    language: string;
    /** Articles in the RSS feed. */
    rssSize: number;
    /** Feeds and sitemaps need no permission (false: Users & Permissions decides, as for any route). */
    public: boolean;
    /** The host app's section type (with a `slug` and an `articles` relation), for `?section=` and {section}; '' for none. */
    sectionType: string;
  };
  previews: {
    /** Secret that signs preview links (32 characters or more; from the environment); '' turns previews off. */
    secret: string;
    /** Hours a preview link lives unless its creator says otherwise. */
    expiryHours: number;
    /** The page a shared link opens, with `{token}` (absolute, or a path on this server); '' gives the REST route. */
    pageUrl: string;
  };
}

export const SLUG_MAX_LENGTH_RANGE = { min: 20, max: 255 } as const;

/** Ticks that divide a minute, so that a tick's cron rule fires at an even pace. */
export const SCHEDULE_TICKS = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60] as const;

/** Tokens an article path may use (feeds and sitemaps build article URLs with them). */
export const ARTICLE_PATH_TOKENS = ['slug', 'section', 'documentId', 'locale', 'yyyy', 'mm', 'dd'] as const;
