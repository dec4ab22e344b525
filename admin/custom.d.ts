// @strapi/design-system and @strapi/icons ship their own types: the admin is checked against them
// (no blanket `declare module` here, which would turn every design-system import into `any`).
export {};
