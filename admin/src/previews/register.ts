import type { StrapiApp } from '@strapi/strapi/admin';
import { SharePreviewAction } from '../components/previews/SharePreviewAction';

interface ContentManagerApis {
  apis: { addDocumentAction(actions: unknown[]): void };
}

/** Adds "Share preview" to the edit view's document actions (articles only; see SharePreviewAction). */
export const registerPreviews = (app: StrapiApp): void => {
  const contentManager = app.getPlugin('content-manager') as unknown as ContentManagerApis;
  contentManager.apis.addDocumentAction([SharePreviewAction]);
};
