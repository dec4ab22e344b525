import { Page } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../permissions';
import { CommentsPage } from './CommentsPage';

/** The plugin's page (the Comments menu link), for users with `comments.read`. */
const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <CommentsPage />
  </Page.Protect>
);

export default App;
