import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import destroy from './destroy';
import register from './register';
import routes from './routes';
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

/** For a search backend of the app's own (see the README's "Search › Another engine"). */
export type { BackendMatch, BackendQuery, BackendResult, IndexRow, PendingRow, SearchBackend } from './delivery/search/search-backend';
