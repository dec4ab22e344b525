import { countLinks } from '../../server/src/comments/rules/links';

describe('countLinks', () => {
  it.each([
    ['http://example.com', 1],
    ['https://example.com/abc?x=1#top', 1],
    ['HTTPS://EXAMPLE.COM', 1],
    ['xem tại https://lua-dao.vn/khuyen-mai nhé', 1],
    ['https://192.0.2.1:8080/a', 1],
    ['http://localhost', 1],
    ['www.example', 1],
    ['www.lua-dao.vn', 1],
    ['WWW.Lua-Dao.VN/abc', 1],
    ['example.com', 1],
    ['example.com/abc', 1],
    ['lua-dao.vn', 1],
    ['LUA-DAO.VN', 1],
    ['tin.com.vn:8080?x=1', 1],
    ['sub.domain.example.org/path/to/page.html', 1],
    ['t.me/lua_dao', 1],
    ['Vào lừa-đảo.vn mà xem', 1],
    ['(lua-dao.vn)', 1],
    ['"lua-dao.vn".', 1],
    ['Trang lua-dao.vn, lua-dao.vn và lua-dao.vn', 3],
    ['https://a.com https://a.com', 2],
    ['https://a.com,https://b.com', 2],
    ['https://a.comhttps://b.com', 2],
    ['xem example.com/abc.xyz', 1],
    ['https://example.com/www.other.com', 1],
    ['lua-dao\u200B.vn', 1],
    ['lua-dao．vn', 1],
    ['ｌｕａ-ｄａｏ.ｖｎ', 1],
    ['Lua-Dao.Vn/abc', 1],
  ])('%j has %i link(s)', (text, count) => {
    expect(countLinks(text)).toBe(count);
  });

  it.each([
    '',
    'Không có đường dẫn nào.',
    'spam@example.com',
    'Liên hệ: ban.ve@lua-dao.vn hoặc info.vn@gmail.com',
    'john.co@gmail.com',
    'mailto:spam@www.example.com',
    'TP.HCM, Tp.HCM, tp.hcm',
    'v.v. và v.v...',
    'Giá 3.14 triệu, 1.000.000đ, 17.30 giờ',
    'Xong rồi.La hét làm gì',
    'Q.Ba Đình, P.Tân Định',
    'Mr.Bean và St.Louis',
    'example.comics',
    'file.com.xyzabc',
    'http:// không có gì',
    'https://',
    'www.',
    'abc.zzz',
  ])('%j has no link', (text) => {
    expect(countLinks(text)).toBe(0);
  });

  it('counts every kind together', () => {
    expect(countLinks('Xem https://a.vn/x, www.b.com và c.net/d — hoặc gửi e@f.com')).toBe(3);
  });

  it('reads NFD text like NFC', () => {
    const text = 'Vào lừa-đảo.vn và https://ví-dụ.vn/trang';
    expect(countLinks(text.normalize('NFD'))).toBe(countLinks(text));
    expect(countLinks(text.normalize('NFD'))).toBe(2);
  });
});
