/** Shapes of the plugin's own REST answers (beyond Strapi's standard `{ data, meta }`). */
export interface SlugLookupMeta {
  slug: {
    /** The slug the client asked for, as sent. */
    requested: string;
    /** The article's slug now: answer with a 301 to it when `redirect` is true. */
    current: string;
    redirect: boolean;
  };
}
