import bootstrap from './bootstrap';
import config from './config';
import controllers from './content-api/controllers';
import routes from './content-api/routes';
import contentTypes from './content-types';
import destroy from './destroy';
import register from './register';
import services from './services';

export default {
  register,
  bootstrap,
  destroy,
  config,
  contentTypes,
  controllers,
  services,
  routes,
};
