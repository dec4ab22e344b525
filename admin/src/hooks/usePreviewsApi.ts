import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  PreviewCreateRequest,
  PreviewLink,
  PreviewLinkCreated,
  PreviewListResponse,
  PreviewSettings,
} from '../../../contracts/previews';

const BASE = '/newsroom/previews';

/** The preview links API (admin routes under /newsroom); the server checks read permission on the article. */
export const usePreviewsApi = () => {
  const { get, post, del } = useFetchClient();
  return React.useMemo(
    () => ({
      settings: async (): Promise<PreviewSettings> => (await get<{ data: PreviewSettings }>(`${BASE}/settings`)).data.data,
      list: async (documentId: string, locale: string | null): Promise<PreviewLink[]> => {
        // Encoded here: the admin's fetch client writes `params` objects unencoded.
        const params = new URLSearchParams({ documentId, ...(locale ? { locale } : {}) }).toString();
        return (await get<PreviewListResponse>(BASE, { params })).data.data;
      },
      create: async (request: PreviewCreateRequest): Promise<PreviewLinkCreated> =>
        (await post<{ data: PreviewLinkCreated }, PreviewCreateRequest>(BASE, request)).data.data,
      revoke: async (id: number): Promise<PreviewLink> => (await del<{ data: PreviewLink }>(`${BASE}/${id}`)).data.data,
    }),
    [get, post, del]
  );
};

/** Whether previews are on (a secret is set) and the expiry bounds, fetched once per page load. */
let settingsOnce: Promise<PreviewSettings> | null = null;
export const usePreviewSettings = (): PreviewSettings | null => {
  const api = usePreviewsApi();
  const [settings, setSettings] = React.useState<PreviewSettings | null>(null);
  React.useEffect(() => {
    let current = true;
    settingsOnce =
      settingsOnce ??
      api.settings().catch((error) => {
        settingsOnce = null;
        throw error;
      });
    settingsOnce.then((value) => current && setSettings(value)).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [api]);
  return settings;
};
