/**
 * The demo's preview page: GET /api/preview/:token shows an article draft as a reader would see
 * it, to whoever holds a preview link (the Preview panel's, or one shared from the edit view).
 */
export default {
  routes: [{ method: 'GET', path: '/preview/:token', handler: 'preview-page.show', config: { auth: false } }],
};
