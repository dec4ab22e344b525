import type { Core } from '@strapi/strapi';

/**
 * The demo's publishing calendar: fictional drafts of "baotinhnam.vn" scheduled over the coming
 * days (one a few minutes after start, so an editor sees the scheduler publish it), a published
 * story taken down later, and a promotion that goes down at the next midnight in Hanoi.
 */

const ARTICLE = 'plugin::newsroom.article';
const PROMOTION = 'api::promotion.promotion';
const LOCALE = 'vi';
const ZONE = 'Asia/Ho_Chi_Minh';
const HANOI_OFFSET_MS = 7 * 3600 * 1000; // Vietnam keeps no daylight-saving time

interface ScheduledDraft {
  title: string;
  lead: string;
  paragraphs: string[];
  /** When: minutes from start, or a day ahead (1 = tomorrow) at an hour, Hanoi time. */
  at: { minutes: number } | { days: number; hour: number };
}

export const SEED_SCHEDULED: ScheduledDraft[] = [
  {
    title: 'Đắk Nguyên khai mạc Tuần lễ văn hoá cồng chiêng các dân tộc Tây Nguyên',
    lead: '(baotinhnam.vn) – Tối nay, tại quảng trường trung tâm thành phố Nguyên Sơn, hơn 20 đội cồng chiêng từ các huyện trong tỉnh cùng biểu diễn trong đêm khai mạc.',
    paragraphs: [
      'Ban tổ chức cho biết tuần lễ năm nay có thêm phiên chợ phiên ẩm thực và khu trưng bày nhạc cụ truyền thống do các nghệ nhân làng Kon Brăh phục dựng.',
      'Các hoạt động diễn ra đến hết Chủ nhật, mở cửa tự do cho người dân và du khách.',
    ],
    at: { minutes: 3 },
  },
  {
    title: 'Giá sầu riêng đầu vụ giảm nhẹ, thương lái chuộng hàng đạt chuẩn xuất khẩu',
    lead: '(baotinhnam.vn) – Những ngày đầu vụ, giá sầu riêng tại các vựa phía nam tỉnh giảm khoảng 5.000 ₫/kg so với tuần trước, trong khi hàng có mã vùng trồng vẫn giữ giá.',
    paragraphs: [
      'Theo các chủ vựa ở xã Cư Đăng, thương lái ưu tiên lô hàng có hồ sơ truy xuất nguồn gốc để kịp đóng container đi cửa khẩu.',
    ],
    at: { days: 1, hour: 6 },
  },
  {
    title: 'Sở Giáo dục Đắk Nguyên công bố lịch thi học sinh giỏi cấp tỉnh',
    lead: '(baotinhnam.vn) – Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học mới sẽ diễn ra trong hai ngày, với gần 900 thí sinh dự thi 11 môn.',
    paragraphs: ['Lần đầu tiên, môn Tin học được thi trên máy tính tại ba điểm thi đặt ở Nguyên Sơn, Ea Tơ và Cư Đăng.'],
    at: { days: 2, hour: 7 },
  },
  {
    title: 'Đường tỉnh 679 thông xe đoạn qua đèo Chư Ma sau ba tháng sửa chữa',
    lead: '(baotinhnam.vn) – Đoạn đường đèo dài 4 km bị sạt lở trong mùa mưa năm ngoái đã được gia cố taluy, mở rộng mặt đường và lắp hộ lan mềm.',
    paragraphs: ['Các phương tiện trên 16 tấn vẫn được khuyến cáo đi đường vòng qua quốc lộ trong tháng đầu thông xe.'],
    at: { days: 4, hour: 17 },
  },
];

/** The next `hour`:00 in Hanoi, `days` days ahead, as a UTC instant. */
const hanoiAt = (days: number, hour: number, now = Date.now()): Date => {
  const hanoiNow = new Date(now + HANOI_OFFSET_MS);
  const day = Date.UTC(hanoiNow.getUTCFullYear(), hanoiNow.getUTCMonth(), hanoiNow.getUTCDate() + days, hour);
  return new Date(day - HANOI_OFFSET_MS);
};

const runAtOf = (at: ScheduledDraft['at']): Date =>
  'minutes' in at ? new Date(Date.now() + at.minutes * 60000) : hanoiAt(at.days, at.hour);

const blocks = (paragraphs: string[]) =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

/**
 * Created once: an article or promotion already there (scheduled before, perhaps published by
 * now) is left as it is, so a re-run adds no second entry.
 */
export const ensureSchedules = async (strapi: Core.Strapi, actor: { id: number | null; name: string | null }): Promise<number> => {
  const schedules = strapi.plugin('newsroom').service('schedules');
  const schedule = (contentType: string, documentId: string, locale: string | null, action: 'publish' | 'unpublish', runAt: Date) =>
    schedules.schedule({ contentType, documentId, locale, action, runAt, timezone: ZONE }, actor);
  let created = 0;
  for (const draft of SEED_SCHEDULED) {
    if (await strapi.db.query(ARTICLE).findOne({ where: { title: draft.title, locale: LOCALE } })) continue;
    const article = await strapi.documents(ARTICLE).create({
      locale: LOCALE,
      data: { title: draft.title, lead: draft.lead, body: blocks(draft.paragraphs) },
    } as Parameters<ReturnType<Core.Strapi['documents']>['create']>[0]);
    await schedule(ARTICLE, article.documentId, LOCALE, 'publish', runAtOf(draft.at));
    created += 1;
  }
  // A published story that goes down in a week, and a promotion that ends at midnight.
  const promoTitle = 'Ưu đãi 30% gói đọc báo điện tử dịp cuối năm';
  if (!(await strapi.db.query(PROMOTION).findOne({ where: { title: promoTitle } }))) {
    const promo = await strapi.documents(PROMOTION).create({
      status: 'published',
      data: { title: promoTitle, link: '/uu-dai-cuoi-nam' },
    } as Parameters<ReturnType<Core.Strapi['documents']>['create']>[0]);
    await schedule(PROMOTION, promo.documentId, null, 'unpublish', hanoiAt(1, 0));
    const live = await strapi.db.query(ARTICLE).findOne({
      where: { locale: LOCALE, publishedAt: { $notNull: true } },
      orderBy: { id: 'asc' },
    });
    if (live) await schedule(ARTICLE, live.documentId, LOCALE, 'unpublish', hanoiAt(7, 23));
    created += 1;
  }
  return created;
};
