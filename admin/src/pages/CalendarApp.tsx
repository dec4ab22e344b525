import { Page } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../permissions';
import { CalendarPage } from './CalendarPage';

/** The publishing calendar (its own menu link), for users with `schedule.read`. */
const CalendarApp = () => (
  <Page.Protect permissions={PERMISSIONS.scheduleRead}>
    <CalendarPage />
  </Page.Protect>
);

export default CalendarApp;
