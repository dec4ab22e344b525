import { foldCodePoint, foldText, foldWithOffsets, foldedWords, padded } from '../../server/src/delivery/search/rules/fold';
import { toSlug } from '../../server/src/slugs/to-slug';

describe('foldText', () => {
  test('lower case, no diacritics, đ → d, words joined by one space', () => {
    expect(foldText('Hà Nội')).toBe('ha noi');
    expect(foldText('Đắk Lắk')).toBe('dak lak');
    expect(foldText('ĐƯỜNG PHỐ Sài Gòn')).toBe('duong pho sai gon');
    expect(foldText('Thủ đô  Hà Nội,\n\tĐẸP!!')).toBe('thu do ha noi dep');
    expect(foldText('  ')).toBe('');
    expect(foldText('')).toBe('');
  });

  test('every Vietnamese vowel with every tone folds to its base letter', () => {
    const vowels: Record<string, string> = {
      a: 'aàáảãạ', ă: 'ăằắẳẵặ', â: 'âầấẩẫậ', e: 'eèéẻẽẹ', ê: 'êềếểễệ', i: 'iìíỉĩị',
      o: 'oòóỏõọ', ô: 'ôồốổỗộ', ơ: 'ơờớởỡợ', u: 'uùúủũụ', ư: 'ưừứửữự', y: 'yỳýỷỹỵ',
    };
    for (const [base, forms] of Object.entries(vowels)) {
      const letter = base.normalize('NFD')[0];
      for (const form of forms) {
        expect([form, foldText(form), foldText(form.toUpperCase())]).toEqual([form, letter, letter]);
      }
    }
    expect([foldText('đ'), foldText('Đ')]).toEqual(['d', 'd']);
  });

  test('NFC, NFD and mixed input fold alike; so do old and new tone placement', () => {
    const text = 'Hòa bình, thủy điện, khỏe, Quảng Ngãi, Nguyễn Thị Thu Hường';
    expect(foldText(text.normalize('NFD'))).toBe(foldText(text.normalize('NFC')));
    expect(foldText('Ha\u0300 No\u0323\u0302i')).toBe('ha noi'); // decomposed, marks in either order
    expect(foldText('hoà')).toBe(foldText('hòa'));
    expect(foldText('thuỷ')).toBe(foldText('thủy'));
  });

  test('agrees with the slug rules on Vietnamese text (the slug keeps a-z0-9 only)', () => {
    for (const text of ['Giá cà phê Đắk Lắk tăng 5%', 'Người dân TP.HCM đón Tết', 'Bão số 3 đổ bộ Quảng Ninh – Hải Phòng']) {
      expect(foldText(text).replace(/ /g, '-')).toBe(toSlug(text));
    }
  });

  test('letters of other scripts stay, folded the same way; punctuation and symbols separate', () => {
    expect(foldText('Москва́ 北京 Αθήνα')).toBe('москва 北京 αθηνα');
    expect(foldText('Straße Øresund Łódź Æsir')).toBe('strasse oresund lodz aesir');
    expect(foldText('COVID-19 U.23 @báo #tin 50% a+b (x) "y" ~z')).toBe('covid 19 u 23 bao tin 50 a b x y z');
    expect(foldText('ＨＡ　ＮＯＩ')).toBe('ha noi'); // fullwidth letters and space
    expect(foldText('Σίσυφος')).toBe(foldText('ΣΊΣΥΦΟΣ'));
  });

  test('invisible characters and lone marks join; emoji and lone surrogates separate', () => {
    expect(foldText('Hà\u200bNội')).toBe('hanoi');
    expect(foldText('Hà\u00adNội')).toBe('hanoi');
    expect(foldText('ha😀noi')).toBe('ha noi');
    expect(foldText('ha\ud800noi')).toBe('ha noi');
    expect(foldText('\u0301ha')).toBe('ha');
  });

  test('foldCodePoint: ASCII by table, others remembered', () => {
    expect(foldCodePoint('A'.charCodeAt(0))).toBe('a');
    expect(foldCodePoint('-'.charCodeAt(0))).toBe(' ');
    expect(foldCodePoint(0x1ec7)).toBe('e'); // ệ
    expect(foldCodePoint(0x0301)).toBe('');
  });

  test('foldedWords and padded', () => {
    expect(foldedWords('  Hà   Nội ')).toEqual(['ha', 'noi']);
    expect(foldedWords('!!!')).toEqual([]);
    expect(padded('ha noi')).toBe(' ha noi ');
  });
});

describe('foldWithOffsets', () => {
  const original = (text: string, from: number, to: number) => {
    const folded = foldWithOffsets(text);
    return text.slice(folded.start[from], folded.end[to - 1]);
  };

  test('maps each folded character back to the character it came from', () => {
    const text = 'Thủ đô Hà Nội.';
    const folded = foldWithOffsets(text);
    expect(folded.text).toBe('thu do ha noi');
    const at = folded.text.indexOf('ha noi');
    expect(original(text, at, at + 'ha noi'.length)).toBe('Hà Nội');
  });

  test('a decomposed letter spans its marks', () => {
    const text = 'Đắk Lắk'.normalize('NFD');
    const folded = foldWithOffsets(text);
    expect(folded.text).toBe('dak lak');
    expect(original(text, 0, 3)).toBe('Đắk'.normalize('NFD'));
    expect(original(text, 4, 7)).toBe('Lắk'.normalize('NFD'));
  });

  test('a letter that folds to two keeps one origin; astral letters count two units', () => {
    const text = 'Straße 𝒳y';
    const folded = foldWithOffsets(text);
    expect(folded.text).toBe('strasse xy');
    expect(original(text, 0, 7)).toBe('Straße');
    expect(original(text, 8, 10)).toBe('𝒳y');
  });

  test('the text is the same as foldText', () => {
    for (const text of ['Hà Nội', 'a  b', '!!', 'Ha\u0300 No\u0323\u0302i', 'x\u200by']) {
      expect(foldWithOffsets(text).text).toBe(foldText(text));
    }
  });
});
