/** An admin route's config: a logged-in admin whose roles grant `action` (Strapi's own policies). */
export const can = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});
