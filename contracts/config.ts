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
}

export const SLUG_MAX_LENGTH_RANGE = { min: 20, max: 255 } as const;
