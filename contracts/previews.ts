/** Shapes shared by the server and the admin for preview links. */

/** Why a link was made: shared by an editor, or for the edit view's Preview panel. */
export const PREVIEW_PURPOSES = ['share', 'panel'] as const;
export type PreviewPurpose = (typeof PREVIEW_PURPOSES)[number];

/** `active` answers; `expired` and `revoked` answer 404 like any unknown token. */
export type PreviewLinkStatus = 'active' | 'expired' | 'revoked';

/** One preview link as the admin lists it: never its token (the server keeps only a hash). */
export interface PreviewLink {
  id: number;
  documentId: string;
  locale: string | null;
  purpose: PreviewPurpose;
  status: PreviewLinkStatus;
  expiresAt: string;
  revokedAt: string | null;
  createdAt: string;
  createdBy: { id: number | null; name: string | null };
}

/** The answer to a creation: the only time the token (and the URL that carries it) is shown. */
export interface PreviewLinkCreated extends PreviewLink {
  token: string;
  /** The page to share: `previews.pageUrl` with the token, or the REST route; relative to the server when it starts with `/`. */
  url: string;
  /** The REST route that answers the draft for this token, relative to the server. */
  apiPath: string;
}

/** POST /newsroom/previews. `expiresInHours` defaults to `previews.expiryHours`. */
export interface PreviewCreateRequest {
  documentId: string;
  locale?: string | null;
  expiresInHours?: number;
}

export interface PreviewListResponse {
  data: PreviewLink[];
}

/** GET /newsroom/previews/settings: whether previews are on (a secret is set), and the expiry bounds. */
export interface PreviewSettings {
  enabled: boolean;
  expiryHours: number;
  maxExpiryHours: number;
}

/** Longest life an editor may give a link: 30 days. */
export const PREVIEW_MAX_EXPIRY_HOURS = 24 * 30;

/** Populate paths the preview route takes (`*` is all of them): the article's own non-article relations. */
export const PREVIEW_POPULATE_PATHS = ['bylines', 'cover', 'bylines.avatar'] as const;
export type PreviewPopulatePath = (typeof PREVIEW_POPULATE_PATHS)[number];
