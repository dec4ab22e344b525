import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useMessages } from '../../utils/messages';
import { browserZone, formatInZone } from '../../utils/zoned-time';

/** When an entry runs, in its zone, and in the browser's when that differs. */
export const ScheduleTime = ({ runAt, timezone }: { runAt: string; timezone: string }) => {
  const t = useMessages();
  const { locale } = useIntl();
  const instant = new Date(runAt);
  const local = browserZone();
  return (
    <>
      <Typography tag="p" fontWeight="semiBold" textColor="neutral800">
        <time dateTime={runAt}>{formatInZone(instant, timezone, locale)}</time>{' '}
        <Typography variant="pi" textColor="neutral600">
          ({timezone})
        </Typography>
      </Typography>
      {local !== timezone && formatInZone(instant, local, locale) !== formatInZone(instant, timezone, locale) && (
        <Typography variant="pi" tag="p" textColor="neutral600">
          {t('schedule.time.browser', { time: formatInZone(instant, local, locale), zone: local })}
        </Typography>
      )}
    </>
  );
};
