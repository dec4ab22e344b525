/** The plugin comes from node_modules (npm install of the packed tarball): no `resolve`. */
export default ({ env }) => ({
  newsroom: {
    enabled: true,
    config: { slug: { maxLength: 100 } },
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET') },
  },
});
