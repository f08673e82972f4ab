import { detectEncoding, encodingName, encodingOfFont, isUpperCaseFont, toUnicode } from '../../src/text/legacy';
import { convertGridText, legacyIssue } from '../../src/sheets/reader/decode';
import type { SheetGrid } from '../../src/sheets/grid';
import { describeIssue } from '../../src/sheets/issue-text';

/** Tones in table order: none, sắc, huyền, hỏi, ngã, nặng — as Unicode combining marks. */
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const TONE_NAMES = ['none', 'sắc', 'huyền', 'hỏi', 'ngã', 'nặng'];
/** Unicode expected, built from the base letter and a combining tone (not from the converter). */
const expected = (base: string, tone: number): string => (base + TONES[tone]).normalize('NFC');

/**
 * TCVN 5712:1993 VN3 codes, written from the published table: per letter, the codes for
 * no tone, sắc, huyền, hỏi, ngã, nặng.
 */
const TCVN3_TABLE: [string, number[]][] = [
  ['a', [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9]],
  ['ă', [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6]],
  ['â', [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb]],
  ['e', [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1]],
  ['ê', [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6]],
  ['i', [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde]],
  ['o', [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4]],
  ['ô', [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9]],
  ['ơ', [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee]],
  ['u', [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4]],
  ['ư', [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9]],
  ['y', [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe]],
];
/** The VN3 capitals (the only ones: no capital carries a tone). */
const TCVN3_CAPITALS: [string, number][] = [
  ['Ă', 0xa1],
  ['Â', 0xa2],
  ['Ê', 0xa3],
  ['Ô', 0xa4],
  ['Ơ', 0xa5],
  ['Ư', 0xa6],
  ['Đ', 0xa7],
];

/**
 * VNI-Windows spellings from the published table, lower case: per letter, no tone, sắc,
 * huyền, hỏi, ngã, nặng. Marks: ù sắc, ø huyền, û hỏi, õ ngã, ï nặng; with circumflex
 * â á à å ã ä; with breve ê é è ú ü ë; i forms í ì æ ó ò; ỵ = î; ơ = ô; ư = ö; đ = ñ.
 */
const VNI_TABLE: [string, string[]][] = [
  ['a', ['a', 'a\u00f9', 'a\u00f8', 'a\u00fb', 'a\u00f5', 'a\u00ef']],
  ['ă', ['a\u00ea', 'a\u00e9', 'a\u00e8', 'a\u00fa', 'a\u00fc', 'a\u00eb']],
  ['â', ['a\u00e2', 'a\u00e1', 'a\u00e0', 'a\u00e5', 'a\u00e3', 'a\u00e4']],
  ['e', ['e', 'e\u00f9', 'e\u00f8', 'e\u00fb', 'e\u00f5', 'e\u00ef']],
  ['ê', ['e\u00e2', 'e\u00e1', 'e\u00e0', 'e\u00e5', 'e\u00e3', 'e\u00e4']],
  ['i', ['i', '\u00ed', '\u00ec', '\u00e6', '\u00f3', '\u00f2']],
  ['o', ['o', 'o\u00f9', 'o\u00f8', 'o\u00fb', 'o\u00f5', 'o\u00ef']],
  ['ô', ['o\u00e2', 'o\u00e1', 'o\u00e0', 'o\u00e5', 'o\u00e3', 'o\u00e4']],
  ['ơ', ['\u00f4', '\u00f4\u00f9', '\u00f4\u00f8', '\u00f4\u00fb', '\u00f4\u00f5', '\u00f4\u00ef']],
  ['u', ['u', 'u\u00f9', 'u\u00f8', 'u\u00fb', 'u\u00f5', 'u\u00ef']],
  ['ư', ['\u00f6', '\u00f6\u00f9', '\u00f6\u00f8', '\u00f6\u00fb', '\u00f6\u00f5', '\u00f6\u00ef']],
  ['y', ['y', 'y\u00f9', 'y\u00f8', 'y\u00fb', 'y\u00f5', '\u00ee']],
];
/** Upper case in VNI: every character 0x20 lower in Latin-1 ("AÙ" = Á, "Ñ" = Đ). */
const vniUpper = (s: string): string => [...s].map((ch) => ((ch >= 'a' && ch <= 'z') || ch.charCodeAt(0) >= 0xe0 ? String.fromCharCode(ch.charCodeAt(0) - 0x20) : ch)).join('');

const tcvnCases = TCVN3_TABLE.flatMap(([base, codes]) => codes.map((code, tone) => ({ base, tone: TONE_NAMES[tone], code, hex: code.toString(16), want: expected(base, tone) })));
const vniCases = VNI_TABLE.flatMap(([base, spellings]) => spellings.map((spelling, tone) => ({ base, tone: TONE_NAMES[tone], spelling, want: expected(base, tone) })));

describe('TCVN3 → Unicode, every letter and tone', () => {
  it('has 72 letter–tone cases plus đ', () => expect(tcvnCases).toHaveLength(72));

  it.each(tcvnCases)('$base $tone: 0x$hex', ({ code, want }) => {
    const legacy = String.fromCharCode(code);
    expect(toUnicode(legacy, 'tcvn3')).toBe(want);
    // Upper case: the lower-case code in an upper-case (".VnTimeH") font.
    expect(toUnicode(legacy, 'tcvn3', true)).toBe(want.toUpperCase());
    expect(toUnicode(legacy, 'tcvn3', true)).toBe(want.toUpperCase().normalize('NFC'));
  });

  it('đ and Đ', () => {
    expect(toUnicode('\u00ae', 'tcvn3')).toBe('đ');
    expect(toUnicode('\u00ae', 'tcvn3', true)).toBe('Đ');
    expect(toUnicode('\u00a7', 'tcvn3')).toBe('Đ');
  });

  it.each(TCVN3_CAPITALS)('capital %s', (cap, code) => {
    expect(toUnicode(String.fromCharCode(code), 'tcvn3')).toBe(cap);
  });

  it('codes in a word, in context', () => {
    // "ThÞ" = Thị, "Hoµng" = Hoàng
    expect(toUnicode('Th\u00de Ho\u00b5ng', 'tcvn3')).toBe('Thị Hoàng');
  });
});

describe('VNI → Unicode, every letter and tone', () => {
  it('has 72 letter–tone cases', () => expect(vniCases).toHaveLength(72));

  it.each(vniCases)('$base $tone: $spelling', ({ spelling, want }) => {
    expect(toUnicode(spelling, 'vni')).toBe(want);
    expect(toUnicode(vniUpper(spelling), 'vni')).toBe(want.toUpperCase());
  });

  it('đ and Đ', () => {
    expect(toUnicode('\u00f1', 'vni')).toBe('đ');
    expect(toUnicode('\u00d1', 'vni')).toBe('Đ');
  });

  it('ươ: ư then ơ then the tone on ơ', () => {
    // "ñöôøng" = đường
    expect(toUnicode('\u00f1\u00f6\u00f4\u00f8ng', 'vni')).toBe('đường');
  });
});

describe('real strings', () => {
  const cases: { unicode: string; tcvn3: string; vni: string }[] = [
    { unicode: 'Nguyễn Văn Đức', tcvn3: 'Nguy\u00d4n V\u00a8n \u00a7\u00f8c', vni: 'Nguye\u00e3n Va\u00ean \u00d1\u00f6\u00f9c' },
    { unicode: 'Phòng Quản lý khoa học', tcvn3: 'Ph\u00dfng Qu\u00b6n l\u00fd khoa h\u00e4c', vni: 'Pho\u00f8ng Qua\u00fbn ly\u00f9 khoa ho\u00efc' },
    {
      unicode: 'Hoàn thành xuất sắc nhiệm vụ',
      tcvn3: 'Ho\u00b5n th\u00b5nh xu\u00cat s\u00bec nhi\u00d6m v\u00f4',
      vni: 'Hoa\u00f8n tha\u00f8nh xua\u00e1t sa\u00e9c nhie\u00e4m vu\u00ef',
    },
    { unicode: 'Lao động tiên tiến', tcvn3: 'Lao \u00ae\u00e9ng ti\u00aan ti\u00d5n', vni: 'Lao \u00f1o\u00e4ng tie\u00e2n tie\u00e1n' },
  ];

  it.each(cases)('$unicode', ({ unicode, tcvn3, vni }) => {
    expect(toUnicode(tcvn3, 'tcvn3')).toBe(unicode);
    expect(toUnicode(vni, 'vni')).toBe(unicode);
    expect(toUnicode(tcvn3, 'tcvn3', true)).toBe(unicode.toUpperCase());
    expect(detectEncoding(tcvn3)).toBe('tcvn3');
    expect(detectEncoding(vni)).toBe('vni');
    expect(detectEncoding(unicode)).toBeUndefined();
    expect(detectEncoding(unicode.normalize('NFD'))).toBeUndefined();
    expect(toUnicode(tcvn3, 'tcvn3')).toBe(toUnicode(tcvn3, 'tcvn3').normalize('NFC'));
  });

  it('TCVN3 title in capitals (typed for an .VnTimeH font) comes out in capitals', () => {
    // "DANH S¸CH C¸N Bé" = DANH SÁCH CÁN BỘ
    expect(toUnicode('DANH S\u00b8CH C\u00b8N B\u00e9', 'tcvn3')).toBe('DANH SÁCH CÁN BỘ');
    expect(detectEncoding('DANH S\u00b8CH C\u00b8N B\u00e9')).toBe('tcvn3');
  });

  it('VNI upper case', () => {
    expect(toUnicode('NGUYE\u00c3N VA\u00caN \u00d1\u00d6\u00d9C', 'vni')).toBe('NGUYỄN VĂN ĐỨC');
  });

  it('leaves ASCII and other text as it is', () => {
    expect(toUnicode('HTXSNV 2014', 'tcvn3')).toBe('HTXSNV 2014');
    expect(toUnicode('HTXSNV 2014', 'vni')).toBe('HTXSNV 2014');
  });
});

describe('fonts', () => {
  it.each([
    ['.VnTime', 'tcvn3', false],
    ['.VnArial', 'tcvn3', false],
    ['.VnTimeH', 'tcvn3', true],
    ['.VnArial NarrowH', 'tcvn3', true],
    ['VNI-Times', 'vni', false],
    ['VNI-Helve', 'vni', false],
    ['Times New Roman', undefined, false],
    ['Arial', undefined, false],
    [undefined, undefined, false],
    ['', undefined, false],
  ] as const)('%s', (font, enc, upper) => {
    expect(encodingOfFont(font)).toBe(enc);
    expect(isUpperCaseFont(font)).toBe(upper);
  });

  it('names the encodings', () => {
    expect(encodingName('tcvn3')).toBe('TCVN3');
    expect(encodingName('vni')).toBe('VNI');
  });
});

describe('detection', () => {
  const legacy: [string, 'tcvn3' | 'vni'][] = [
    ['Nguy\u00d4n Th\u00de Ho\u00b5ng Lan', 'tcvn3'], // Nguyễn Thị Hoàng Lan
    ['Tr\u00c7n V\u00a8n H\u00efng', 'tcvn3'], // Trần Văn Hùng
    ['\u00a7\u00f8c', 'tcvn3'],
    ['Ho\u00b5n th\u00b5nh t\u00e8t nhi\u00d6m v\u00f4', 'tcvn3'],
    ['Chi\u00d5n s\u00dc thi \u00aeua c\u00ac s\u00eb', 'tcvn3'], // Chiến sĩ thi đua cơ sở
    ['Le\u00e2 Va\u00ean Nam', 'vni'], // Lê Văn Nam
    ['\u00d1o\u00e0ng Th\u00f2 Ma\u00f8i', 'vni'], // Đồng Thị Mài
    ['Tra\u00e0n Va\u00ean Tua\u00e1n', 'vni'], // Trần Văn Tuấn
    ['\u00d1\u00f6\u00f9c', 'vni'],
  ];
  it.each(legacy)('flags %s', (text, enc) => {
    expect(detectEncoding(text)).toBe(enc);
  });

  const unicodeNames = [
    'Nguyễn Văn An',
    'Trần Thị Bình',
    'Lê Hoàng Cường',
    'Phạm Minh Dũng',
    'Hoàng Thị Em',
    'Huỳnh Văn Giang',
    'Phan Thanh Hà',
    'Vũ Đức Hải',
    'Võ Thị Hạnh',
    'Đặng Quốc Hùng',
    'Bùi Thị Hương',
    'Đỗ Văn Khánh',
    'Hồ Thị Lan',
    'Ngô Văn Long',
    'Dương Thị Mai',
    'Lý Văn Minh',
    'Đào Thị Nga',
    'Đinh Văn Nam',
    'Lương Thị Oanh',
    'Trịnh Văn Phúc',
    'Mai Thị Quyên',
    'Tô Văn Sơn',
    'Hà Thị Tâm',
    'Tạ Văn Thắng',
    'Chu Thị Thảo',
    'Lâm Văn Tiến',
    'Quách Thị Trang',
    'Kiều Văn Tuấn',
    'Thái Thị Uyên',
    'Cao Văn Vinh',
    'Hoà Bình',
    'Lê Mai',
    'Tô Hoài',
    'Hồ Chí Minh',
    'Lý Thái Tổ',
    'Xuân Diệu',
    'Khoá học',
    'Hoá chất',
    'Phòng Tổ chức cán bộ',
    'Ban Giám đốc',
    'Văn phòng Sở',
    'Hoàn thành tốt nhiệm vụ',
    'Không hoàn thành nhiệm vụ',
    'Chiến sĩ thi đua cơ sở',
    'Lao động tiên tiến',
    'Bằng khen của Thủ tướng',
    'Giấy khen',
    'Tập thể lao động xuất sắc',
    'Tiên Du',
    'Yên Dũng',
    'Lục Ngạn',
    'Hiệp Hoà',
    'Sơn Động',
    'Thuý Hằng',
    'Hoà',
    'Khuê',
    'Lê Thị Xuân',
    'Tô Lan',
    'Võ Ý',
    'Mỵ Châu',
    'Ánh',
    'Ông Văn Tý',
    'Ôn Như Hầu',
    'HOÀNG ÂN',
  ];
  it(`does not flag ${unicodeNames.length} names and phrases in Unicode Vietnamese, NFC or NFD`, () => {
    expect(unicodeNames.length).toBeGreaterThanOrEqual(50);
    const flagged = unicodeNames.filter((n) => detectEncoding(n) || detectEncoding(n.normalize('NFD')));
    expect(flagged).toEqual([]);
  });

  const foreign = [
    'Café',
    'Müller',
    'Müller und Söhne',
    'Jürgen Groß',
    'Straße',
    'Köln',
    'naïve',
    'Noël',
    'Raphaël',
    'aérien',
    'où',
    'goût',
    'garçon',
    'Ça va',
    'François',
    'Zoë',
    'España',
    'señor',
    'Åsa',
    'Øresund',
    'Crème brûlée',
    'déjà vu',
    'résumé',
    'Björk',
    'Ångström',
    'über',
    'Ärzte',
    'façade',
    'Mädchen',
    'staff list',
    'Annual review',
    'HTXSNV',
    'Hoàn thành',
    'Total',
    'N/A',
    '© 2014',
    '15 × 20',
    '½',
  ];
  it.each(foreign)('does not flag %s', (text) => {
    expect(detectEncoding(text)).toBeUndefined();
  });

  it('does not flag numbers and plain ASCII', () => {
    for (const t of ['2014', '1.234,5', '12/05/1980', '0912 345 678', '', ' ', 'x', 'CBCCVC', 'Nguyen Van An']) {
      expect(detectEncoding(t)).toBeUndefined();
    }
  });
});

/** Every Vietnamese syllable shape (initial, vowel cluster, final, tone on the right vowel). */
function allSyllables(): string[] {
  const initials = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
  const finals = ['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
  // [cluster, vowel carrying the tone when open (no final), when closed, final allowed, open allowed]
  const clusters: [string, number[], number, boolean, boolean][] = [
    ...[...'aeêioôơuưy'].map((v): [string, number[], number, boolean, boolean] => [v, [0], 0, true, true]),
    ['ă', [0], 0, true, false],
    ['â', [0], 0, true, false],
    ...['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu'].map((v): [string, number[], number, boolean, boolean] => [v, [0], 0, false, true]),
    ['oa', [0, 1], 1, true, true],
    ['oe', [0, 1], 1, true, true],
    ['uy', [0, 1], 1, true, true],
    ['uê', [1], 1, true, true],
    ['oă', [1], 1, true, false],
    ['uâ', [1], 1, true, false],
    ['iê', [1], 1, true, false],
    ['yê', [1], 1, true, false],
    ['uô', [1], 1, true, false],
    ['ươ', [1], 1, true, false],
    ['uyê', [2], 2, true, false],
    ['iêu', [1], 1, false, true],
    ['yêu', [1], 1, false, true],
    ['oai', [1], 1, false, true],
    ['oay', [1], 1, false, true],
    ['uôi', [1], 1, false, true],
    ['ươi', [1], 1, false, true],
    ['ươu', [1], 1, false, true],
  ];
  const out = new Set<string>();
  for (const i of initials) {
    for (const [v, open, closed, closedOk, openOk] of clusters) {
      if (i === 'qu' && /^[uo]/.test(v)) continue; // "quu", "quo" are not Vietnamese
      for (const tone of TONES) {
        const put = (k: number, f: string) => {
          const cs = [...v];
          cs[k] += tone;
          out.add((i + cs.join('') + f).normalize('NFC'));
        };
        if (openOk) for (const k of open) put(k, '');
        if (closedOk) for (const f of finals) put(closed, f);
      }
    }
  }
  return [...out];
}

describe('every syllable', () => {
  const syllables = allSyllables();
  /** Unicode letter → legacy spelling, from the test tables above (not from the converter). */
  const spell = { tcvn3: new Map<string, string>(), vni: new Map<string, string>() };
  for (const [base, codes] of TCVN3_TABLE) codes.forEach((c, t) => spell.tcvn3.set(expected(base, t), String.fromCharCode(c)));
  spell.tcvn3.set('đ', '\u00ae');
  for (const [base, spellings] of VNI_TABLE) spellings.forEach((s, t) => spell.vni.set(expected(base, t), s));
  spell.vni.set('đ', '\u00f1');
  const encode = (text: string, enc: 'tcvn3' | 'vni') => [...text].map((ch) => spell[enc].get(ch) ?? ch).join('');

  it('converts back every syllable spelt from the tables, in TCVN3 and VNI', () => {
    expect(syllables.length).toBeGreaterThan(30000);
    const wrong: string[] = [];
    for (const s of syllables) {
      if (toUnicode(encode(s, 'tcvn3'), 'tcvn3') !== s) wrong.push(`tcvn3 ${s}`);
      if (toUnicode(encode(s, 'vni'), 'vni') !== s) wrong.push(`vni ${s}`);
      const upper = s.toUpperCase();
      if (toUnicode(encode(s, 'tcvn3'), 'tcvn3', true) !== upper) wrong.push(`tcvn3 upper ${s}`);
      if (
        toUnicode(
          encode(s, 'vni').replace(/./g, (ch) => vniUpper(ch)),
          'vni',
        ) !== upper
      )
        wrong.push(`vni upper ${s}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('flags no pair of Unicode syllables written with Latin-1 letters only (lower, upper, mixed)', () => {
    const latin1 = syllables.filter((s) => /[\u0080-\uffff]/.test(s) && !/[\u0100-\uffff]/.test(s));
    expect(latin1.length).toBeGreaterThan(5000);
    const flagged: string[] = [];
    for (const a of latin1) {
      for (const t of [`${a} ${a}`, `${a} ${a}`.toUpperCase(), `${a} ${a.toUpperCase()}`]) if (detectEncoding(t)) flagged.push(t);
    }
    expect(flagged).toEqual([]);
  });

  it('detects most three-syllable legacy texts and never takes one encoding for the other', () => {
    let seed = 7;
    const pick = () => {
      seed = (seed * 48271) % 2147483647;
      return syllables[seed % syllables.length];
    };
    for (const enc of ['tcvn3', 'vni'] as const) {
      let found = 0;
      for (let k = 0; k < 2000; k++) {
        const text = encode([pick(), pick(), pick()].join(' '), enc);
        const d = detectEncoding(text);
        if (d) expect([text, d]).toEqual([text, enc]);
        if (d === enc) found++;
      }
      expect(found / 2000).toBeGreaterThan(0.8);
    }
  });
});

describe('NFD → NFC', () => {
  it('converts decomposed Unicode in grids to NFC', () => {
    const nfd = 'Nguyễn Thị Ánh'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Thị Ánh');
    const { grid, converted } = convertGridText(grid1([[nfd]]));
    expect(grid.values[0][0]).toBe('Nguyễn Thị Ánh');
    expect(converted).toEqual([]);
  });

  it('toUnicode output is NFC', () => {
    const out = toUnicode('Nguye\u00e3n', 'vni');
    expect(out).toBe(out.normalize('NFC'));
    expect(out.length).toBe('Nguyễn'.length);
  });
});

function grid1(values: SheetGrid['values'], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name: 'DS', visibility: 'visible', values, top: 0, left: 0, merges: [], ...extra };
}

describe('convertGridText', () => {
  const build = (): SheetGrid =>
    grid1(
      [
        ['STT', 'Họ và tên', 'Xếp loại', 'Ghi chú'],
        [1, 'Nguy\u00d4n V\u00a8n \u00a7\u00f8c', 'HTXSNV', 'Lao \u00ae\u00e9ng ti\u00aan ti\u00d5n'],
        [2, 'L\u00aa Th\u00de Lan', 'HTTNV', null],
        [3, 'Mai', 'HTTNV', 'Nguye\u00e3n Va\u00ean \u00d1\u00f6\u00f9c'],
        [4, 'Tr\u00c7n V\u00a8n \u00a7\u00f8c', 'HTNV', 'Café'],
        [5, 'Ph\u00dfng Qu\u00b6n l\u00fd khoa h\u00e4c', null, 'Müller'],
      ],
      { top: 4, left: 1, merges: ['B5:E5'], formulaCells: ['B6'] },
    );

  it('leaves the input grid unchanged', () => {
    const g = build();
    const copy = JSON.parse(JSON.stringify(g));
    const { grid } = convertGridText(g);
    expect(g).toEqual(copy);
    expect(grid).not.toBe(g);
    expect(grid.values).not.toBe(g.values);
    grid.values[1][1] = 'changed';
    grid.merges.push('X1');
    expect(g).toEqual(copy);
  });

  it('converts by text and reports ranges per column (A1, with the grid offset)', () => {
    const { grid, converted } = convertGridText(build());
    expect(grid.values.map((r) => r[1])).toEqual(['Họ và tên', 'Nguyễn Văn Đức', 'Lê Thị Lan', 'Mai', 'Trần Văn Đức', 'Phòng Quản lý khoa học']);
    expect(grid.values.map((r) => r[3])).toEqual(['Ghi chú', 'Lao động tiên tiến', null, 'Nguyễn Văn Đức', 'Café', 'Müller']);
    expect(converted).toEqual([
      // Column C (grid column 1): rows 6–10; "Mai" (row 8) is plain ASCII and left as it is.
      { sheet: 'DS', encoding: 'tcvn3', range: 'C6:C10', cells: 4, by: 'text' },
      { sheet: 'DS', encoding: 'tcvn3', range: 'E6', cells: 1, by: 'text' },
      { sheet: 'DS', encoding: 'vni', range: 'E8', cells: 1, by: 'text' },
    ]);
  });

  it('accepts a weak sign only in a column with clear legacy text', () => {
    // "V¨n" (Văn) alone is one legacy-only character in one word: weak. It is converted
    // in a column that also holds clear TCVN3, and left alone otherwise.
    const alone = convertGridText(grid1([['V\u00a8n'], ['Lan']]));
    expect(alone.grid.values[0][0]).toBe('V\u00a8n');
    expect(alone.converted).toEqual([]);
    const beside = convertGridText(grid1([['V\u00a8n'], ['Nguy\u00d4n V\u00a8n \u00a7\u00f8c']]));
    expect(beside.grid.values.map((r) => r[0])).toEqual(['Văn', 'Nguyễn Văn Đức']);
    expect(beside.converted).toEqual([{ sheet: 'DS', encoding: 'tcvn3', range: 'A1:A2', cells: 2, by: 'text' }]);
  });

  it('converts by font, upper-case fonts in capitals, and keeps Unicode text in a legacy font', () => {
    const g = grid1(
      [
        ['danh s\u00b8ch c\u00b8n b\u00e9', null],
        ['Nguye\u00e3n Thò Lan', 'Hoaøng'],
        ['Nguyễn Thị Lan', 'Lan'],
      ],
      {
        fonts: [
          ['.VnTimeH', null],
          ['VNI-Times', 'VNI-Times'],
          ['VNI-Times', 'VNI-Times'],
        ],
      },
    );
    const { grid, converted } = convertGridText(g);
    expect(grid.values).toEqual([
      ['DANH SÁCH CÁN BỘ', null],
      ['Nguyễn Thị Lan', 'Hoàng'],
      ['Nguyễn Thị Lan', 'Lan'],
    ]);
    expect(converted).toEqual([
      { sheet: 'DS', encoding: 'tcvn3', range: 'A1', cells: 1, by: 'font' },
      // Two neighbouring columns over the same row: one range.
      { sheet: 'DS', encoding: 'vni', range: 'A2:B2', cells: 2, by: 'font' },
    ]);
    // Fonts of converted cells are cleared: a second pass changes nothing.
    expect(grid.fonts?.[1][0]).toBeNull();
    expect(g.fonts?.[1][0]).toBe('VNI-Times');
    const again = convertGridText(grid);
    expect(again.grid.values).toEqual(grid.values);
    expect(again.converted).toEqual([]);
  });

  it('converting twice changes nothing (text detection)', () => {
    const once = convertGridText(build());
    const twice = convertGridText(once.grid);
    expect(twice.grid.values).toEqual(once.grid.values);
    expect(twice.converted).toEqual([]);
  });

  it('reports a column broken into many runs as one span', () => {
    const tcvn = 'Nguy\u00d4n V\u00a8n \u00a7\u00f8c';
    const rows: SheetGrid['values'] = [];
    for (let i = 0; i < 8; i++) rows.push([tcvn], ['Nguyễn Văn Đức']);
    const { converted } = convertGridText(grid1(rows));
    expect(converted).toEqual([{ sheet: 'DS', encoding: 'tcvn3', range: 'A1:A15', cells: 8, by: 'text' }]);
    const few = convertGridText(grid1([[tcvn], ['Nguyễn Văn Đức'], [tcvn]]));
    expect(few.converted.map((r) => r.range)).toEqual(['A1', 'A3']);
  });

  it('makes the data issue, with its text in both languages', () => {
    const issue = legacyIssue({ sheet: 'DS CBCCVC', encoding: 'tcvn3', range: 'C6:C40', cells: 33, by: 'font' });
    expect(describeIssue(issue, 'vi')).toBe("Trang 'DS CBCCVC': Vùng C6:C40 (33 ô) gõ bằng bảng mã cũ TCVN3: đã chuyển sang Unicode để đọc, hãy kiểm tra tên và nội dung");
    expect(describeIssue(issue, 'en')).toContain('C6:C40 (33 cells) was typed in the old TCVN3 encoding');
  });

  it('makes the data issue', () => {
    expect(legacyIssue({ sheet: 'DS', encoding: 'tcvn3', range: 'C6:C10', cells: 4, by: 'text' })).toEqual({
      severity: 'warning',
      code: 'legacy-converted',
      sheet: 'DS',
      args: { sheet: 'DS', range: 'C6:C10', encoding: 'TCVN3', cells: 4 },
    });
    expect(legacyIssue({ sheet: 'DS', encoding: 'vni', range: 'A2', cells: 1, by: 'font' }).severity).toBe('info');
  });
});
