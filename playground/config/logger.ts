import { formats, winston } from '@strapi/logger';

/** STRAPI_LOG_LEVEL quiets the tests; the demo keeps Strapi's usual `http` level. */
export default {
  transports: [
    new winston.transports.Console({
      level: process.env.STRAPI_LOG_LEVEL || 'http',
      format: formats.prettyPrint(),
    }),
  ],
};
