import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './constants';
import type services from './services';

type Services = typeof services;

/** Typed access to this plugin's services. */
export const getService = <TName extends keyof Services>(
  strapi: Core.Strapi,
  name: TName
): ReturnType<Services[TName]> => strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[TName]>;
