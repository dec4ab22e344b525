import type { Core } from '@strapi/strapi';

// Nothing long-running yet; kept so later work (schedulers) has its place.
const destroy = (_: { strapi: Core.Strapi }) => {};

export default destroy;
