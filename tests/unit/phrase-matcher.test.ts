import {
  createPhraseMatcher,
  isEmailEntry,
  isIpEntry,
  normaliseWords,
} from '../../server/src/comments/rules/phrase-matcher';

const matches = (entries: string[], text: string): string[] => createPhraseMatcher(entries).matches(text);

/** Precomposed base vowel + combining tone, as some Vietnamese keyboards emit. */
const mixed = (input: string): string =>
  Array.from(input.normalize('NFC'), (ch) => {
    const tone = /[\u0300\u0301\u0303\u0309\u0323]/.exec(ch.normalize('NFD'));
    return tone ? ch.normalize('NFD').replace(tone[0], '').normalize('NFC') + tone[0] : ch;
  }).join('');

/** A realistic list: no everyday word in it. */
const REALISTIC = ['ngu', 'đụ', 'lừa đảo', 'cặc', 'địt', 'dit', 'cac'];

describe('whole words and phrases only', () => {
  it.each(['người', 'nguồn', 'nguy', 'đội ngũ', 'Ngũ Hành Sơn', 'ngu1', 'ngungu', 'bngu'])(
    '`ngu` is not in %j',
    (text) => {
      expect(matches(['ngu'], text)).toEqual([]);
    },
  );

  it.each(['đồ ngu!', 'Ngu quá', 'NGU', '(ngu)', 'ngu', '...ngu...', 'thật là ngu', 'ngu😀', '"ngu"', 'ngu_ngốc'])(
    '`ngu` is in %j',
    (text) => {
      expect(matches(['ngu'], text)).toEqual(['ngu']);
    },
  );

  it.each([
    'lừa đảo',
    'lừa   đảo',
    'lừa-đảo',
    'lừa.đảo',
    'LỪA\nĐẢO',
    'lừa, đảo',
    'lừa\t\r\n đảo',
    'Bọn lừa…đảo!',
    'lừa/đảo',
  ])(
    '`lừa đảo` is in %j',
    (text) => {
      expect(matches(['lừa đảo'], text)).toEqual(['lừa đảo']);
    },
  );

  it.each(['lừa', 'đảo lừa', 'lừa 1 đảo', 'lừa đảon', 'alừa đảo', 'lừa xong đảo', 'lừađảo'])(
    '`lừa đảo` is not in %j',
    (text) => {
      expect(matches(['lừa đảo'], text)).toEqual([]);
    },
  );

  it('an entry written with punctuation or extra spaces is the same phrase', () => {
    expect(matches(['  lừa-đảo  '], 'bọn lừa đảo')).toEqual(['  lừa-đảo  ']);
    expect(matches(['lừa   đảo'], 'LỪA.ĐẢO')).toEqual(['lừa   đảo']);
  });

  it('an invisible character inside a word does not split it', () => {
    expect(matches(['ngu'], 'n\u200Bg\u00ADu')).toEqual(['ngu']);
    expect(matches(['lừa đảo'], 'lừa\u200B đảo')).toEqual(['lừa đảo']);
  });

  it('a phrase may end the text, and overlapping phrases are all found', () => {
    expect(matches(['đồ ngu', 'ngu quá', 'quá'], 'mày là đồ ngu quá')).toEqual(['đồ ngu', 'ngu quá', 'quá']);
    expect(matches(['đồ ngu ngốc'], 'mày là đồ ngu')).toEqual([]);
  });
});

describe('case', () => {
  it.each([
    ['đụ', 'ĐỤ'],
    ['đụ', 'Đụ'],
    ['ĐỤ', 'đụ'],
    ['lừa đảo', 'LỪA ĐẢO'],
    ['lừa đảo', 'Lừa Đảo'],
    ['ngừ', 'NGỪ'],
    ['ƯỚT', 'ướt'],
    ['ăn', 'ĂN'],
  ])('%j matches %j', (entry, text) => {
    expect(matches([entry], text)).toEqual([entry]);
  });
});

describe('Unicode forms', () => {
  const forms = (s: string): Array<[string, string]> => [
    ['NFC', s.normalize('NFC')],
    ['NFD', s.normalize('NFD')],
    ['mixed', mixed(s)],
  ];

  it.each(['lừa đảo', 'đồ ngu', 'Người Việt', 'khỏe', 'thuỷ', 'ướt át'])('%j: entry and text in any form', (word) => {
    for (const [, entry] of forms(word)) {
      for (const [, text] of forms(`vì ${word}!`)) {
        expect(matches([entry], text)).toEqual([entry]);
      }
    }
  });

  it('an NFD entry does not match other words', () => {
    expect(matches(['ngũ'.normalize('NFD')], 'ngu, nguồn, người')).toEqual([]);
    expect(matches(['ngu'.normalize('NFD')], 'ngũ'.normalize('NFD'))).toEqual([]);
  });

  it('fullwidth letters are letters, and ð is read as đ', () => {
    expect(matches(['ngu'], 'ｎｇｕ')).toEqual(['ngu']);
    expect(matches(['địt'], 'ÐỊT')).toEqual(['địt']);
  });
});

describe('tone placement', () => {
  it.each([
    ['hoà', 'hòa'],
    ['hòa', 'hoà'],
    ['thuỷ', 'thủy'],
    ['thủy', 'thuỷ'],
    ['khoẻ', 'khỏe'],
    ['khỏe', 'khoẻ'],
    ['Thanh Hoá', 'thanh hóa'],
    ['quá', 'qúa'],
    ['hoạ sĩ', 'họa sĩ'],
  ])('%j and %j are the same word', (entry, text) => {
    expect(matches([entry], text)).toEqual([entry]);
    expect(matches([text], entry)).toEqual([text]);
    expect(normaliseWords(entry)).toEqual(normaliseWords(text));
  });

  it('normaliseWords gives the canonical words', () => {
    // The word without its tone, then the tone mark (NFC composes it where a precomposed letter exists).
    const nfc = (words: string[]): string[] => words.map((word) => word.normalize('NFC'));
    expect(normaliseWords('Hoà-BÌNH, hòa!')).toEqual(nfc(['hoa\u0300', 'binh\u0300', 'hoa\u0300']));
    expect(normaliseWords('  ')).toEqual([]);
    expect(normaliseWords('ĐẢO\nđảo'.normalize('NFD'))).toEqual(nfc(['đao\u0309', 'đao\u0309']));
    expect(normaliseWords('Người')).toEqual(['ngươi\u0300'.normalize('NFC')]);
  });
});

describe('tones and marks make different words', () => {
  it.each([
    ['ngu', 'ngũ'],
    ['ngu', 'ngừ'],
    ['ngu', 'ngụ'],
    ['ngũ', 'ngu là ngu'],
    ['ngũ', 'ngụ'],
    ['lừa đảo', 'lúa đào'],
    ['lừa đảo', 'lừa đào'],
    ['lừa đảo', 'lùa đảo'],
    ['địt', 'địa'],
    ['địt', 'đít'],
    ['cặc', 'cặp'],
    ['cặc', 'các'],
    ['đụ', 'đủ'],
    ['đụ', 'dụ'],
    ['hoà', 'hoa hồng'],
    ['hoà', 'hoá'],
  ])('%j does not match %j', (entry, text) => {
    expect(matches([entry], text)).toEqual([]);
  });
});

describe('text typed without diacritics', () => {
  it.each(['lua dao', 'Lua-Dao', 'LUA DAO', 'bon nay lua dao', 'lua\ndao'])(
    'the undiacritised entry `lua dao` matches %j',
    (text) => {
      expect(matches(['lua dao'], text)).toEqual(['lua dao']);
    },
  );

  it.each(['lừa đảo', 'lừa dao', 'lua đảo', 'lúa đào', 'Tôi bị lừa đảo'])(
    'the undiacritised entry `lua dao` does not match %j',
    (text) => {
      expect(matches(['lua dao'], text)).toEqual([]);
    },
  );

  it('an undiacritised entry never matches a word carrying a mark, on any line', () => {
    expect(matches(['ngu'], 'ngu')).toEqual(['ngu']);
    expect(matches(['ngu'], 'Ngu')).toEqual(['ngu']);
    for (const text of ['ngũ', 'ngừ', 'người', 'ngụ', 'doi ngũ']) expect(matches(['ngu'], text)).toEqual([]);
    for (const text of ['các', 'cắc', 'cặc', 'các bạn']) expect(matches(['cac'], text)).toEqual([]);
    expect(matches(['dit'], 'địt')).toEqual([]);
  });

  it.each([
    ['lừa đảo', 'lua dao'],
    ['lừa đảo', 'LUA-DAO!!!'],
    ['lừa đảo', 'bon nay la lua dao'],
    ['đồ ngu', 'do ngu'],
    ['đồ ngu', 'Do Ngu'],
    ['địt', 'dit me'],
    ['cặc', 'cai cac'],
    ['đụ', 'du'],
  ])('the entry %j also matches %j (a line typed without any mark)', (entry, text) => {
    expect(matches([entry], text)).toEqual([entry]);
  });

  it('each line is judged on its own: an author name with marks does not shield a bare line', () => {
    expect(matches(['lừa đảo'], 'Nguyễn Văn Á\nbon nay lua dao')).toEqual(['lừa đảo']);
    expect(matches(['lừa đảo'], 'Nguyễn Văn Á\r\nlua\r\ndao')).toEqual(['lừa đảo']);
  });

  it.each([
    ['đụ', 'Đi du lịch Đà Lạt'],
    ['đụ', 'Du học sinh về nước'],
    ['chó', 'Mẹ mua cho con một lon bia'],
    ['lồn', 'Mẹ mua cho con một lon bia'],
    ['đĩ', 'Di tích quốc gia'],
    ['lừa đảo', 'Tôi bị lua dao'],
    ['lừa đảo', 'lừa dao'],
    ['lừa đảo', 'lua đảo'],
    ['đồ ngu', 'đồ ngũ'],
  ])('the entry %j does not match the unmarked words of a marked line %j', (entry, text) => {
    expect(matches([entry], text)).toEqual([]);
  });

  it('a bare line never matches a marked entry whose bare spelling differs', () => {
    expect(matches(['lừa đảo'], 'lua dau')).toEqual([]);
    expect(matches(['đồ ngu'], 'do ngo')).toEqual([]);
    expect(matches(['đụ'], 'dd')).toEqual([]);
  });
});

describe('email and IP entries', () => {
  it.each(['spam@example.com', ' Spam@Example.com ', '@bot', 'a@b'])('%j is an email entry', (entry) => {
    expect(isEmailEntry(entry)).toBe(true);
    expect(isIpEntry(entry)).toBe(false);
  });

  it.each(['203.0.113.7', ' 203.0.113.7 ', '::1', '2001:db8::1', '2001:DB8:0:0:0:0:0:1', '::ffff:192.0.2.1'])(
    '%j is an IP entry',
    (entry) => {
      expect(isIpEntry(entry)).toBe(true);
      expect(isEmailEntry(entry)).toBe(false);
    },
  );

  it.each(['lừa đảo', 'ngu', '203.0.113', '203.0.113.256', '10.0.0.0/8', 'example.com', '2001:db8::g'])(
    '%j is neither',
    (entry) => {
      expect(isIpEntry(entry)).toBe(false);
      expect(isEmailEntry(entry)).toBe(false);
    },
  );

  it('the matcher skips them, even when the text contains them', () => {
    const entries = ['spam@example.com', '203.0.113.7', '2001:db8::1', 'ngu'];
    expect(matches(entries, 'spam@example.com 203.0.113.7 2001:db8::1 example com 203 0 113 7')).toEqual([]);
    expect(matches(entries, 'ngu 203.0.113.7')).toEqual(['ngu']);
  });
});

describe('results', () => {
  it('are the entries as configured, in configuration order, without duplicates', () => {
    const entries = ['LỪA ĐẢO', 'ngu', 'hoà', 'ngu', 'hòa', 'không có'];
    expect(matches(entries, 'hòa ... ngu ngu, lừa đảo')).toEqual(['LỪA ĐẢO', 'ngu', 'hoà', 'hòa']);
  });

  it('empty lists, empty entries and empty text match nothing', () => {
    expect(matches([], 'ngu')).toEqual([]);
    expect(matches(['', '   ', '!!!'], 'ngu !!! ')).toEqual([]);
    expect(matches(['ngu'], '')).toEqual([]);
  });

  it('a matcher can be reused', () => {
    const matcher = createPhraseMatcher(['ngu', 'lừa đảo']);
    expect(matcher.matches('lừa đảo')).toEqual(['lừa đảo']);
    expect(matcher.matches('ngu')).toEqual(['ngu']);
    expect(matcher.matches('người')).toEqual([]);
  });
});

describe('everyday Vietnamese with a realistic list', () => {
  const matcher = createPhraseMatcher(REALISTIC);

  it.each([
    'quy hoạch',
    'hoạt động',
    'Thanh Hoá',
    'Thanh Hóa',
    'đội ngũ',
    'người dân',
    'nguồn tin',
    'Cà Mau',
    'con cặp',
    'địa điểm',
    'các bạn',
    'cắc kè',
    'Đi du lịch Đà Lạt',
    'Bộ Y tế đề nghị người dân đi tiêm đủ liều, dù đang ở nước ngoài.',
    'Theo nguồn tin của phóng viên, đội ngũ y bác sĩ Thanh Hoá đã có mặt tại địa điểm xảy ra vụ việc.',
    'Tôi ủng hộ quy hoạch này: cặp vợ chồng trẻ ở Cà Mau sẽ có nhà.',
  ])('%j matches nothing', (text) => {
    expect(matcher.matches(text)).toEqual([]);
    expect(matcher.matches(text.normalize('NFD'))).toEqual([]);
    expect(matcher.matches(text.toUpperCase())).toEqual([]);
  });

  it('and the list still catches what it is for', () => {
    expect(matcher.matches('Đồ ngu! Bọn LỪA-ĐẢO')).toEqual(['ngu', 'lừa đảo']);
    expect(matcher.matches('do ngu, bon lua dao, dit')).toEqual(['ngu', 'lừa đảo', 'địt', 'dit']);
    expect(matcher.matches('con cac')).toEqual(['cặc', 'cac']);
  });
});

describe('size', () => {
  /** Deterministic PRNG so a failing case can be reproduced. */
  const mulberry32 = (seed: number): (() => number) => {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  };

  it('a 5,000-character comment against 1,000 entries', () => {
    const random = mulberry32(6);
    const onsets = 'b c ch d đ g gh h kh l m n ng nh ph qu r s t th tr v x'.split(' ');
    const rhymes = 'a á à ả ã ạ ăn âm e ê i o ô ơ u ư uyên ương iết oàng'.split(' ');
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
    const syllable = (): string => pick(onsets) + pick(rhymes);

    // Entries that cannot occur in the text: they contain the syllable 'zzz'.
    const entries = Array.from({ length: 998 }, (_, i) =>
      i % 2 === 0 ? `${syllable()} zzz` : `${syllable()} ${syllable()} zzz${i}`,
    );
    entries.push('lừa đảo', 'thằng ngu');

    const parts: string[] = [];
    let length = 0;
    while (length < 5000) {
      const word = random() < 0.1 ? `${syllable()},` : syllable();
      parts.push(word);
      length += word.length + 1;
    }
    parts.splice(100, 0, 'LỪA', 'ĐẢO');
    parts.splice(600, 0, 'thằng', 'ngu');
    const text = parts.join(' ');
    expect(text.length).toBeGreaterThanOrEqual(5000);

    const matcher = createPhraseMatcher(entries);
    expect(matcher.matches(text)).toEqual(['lừa đảo', 'thằng ngu']);
    expect(matcher.matches(text.normalize('NFD'))).toEqual(['lừa đảo', 'thằng ngu']);
  });
});
