/**
 * Vietnamese text typed in the 8-bit encodings of the 1990s–2000s, read back as Unicode.
 *
 * Workbooks of that time were typed with ABC (TCVN3, fonts ".VnTime", ".VnArial"…) or
 * VNI (fonts "VNI-Times", "VNI-Helve"…). Excel stores such text as the Windows-1252 reading
 * of the bytes, so "Nguyễn" typed in .VnTime arrives as "NguyÔn" and in VNI-Times as
 * "Nguyeãn". This module turns those strings into Unicode NFC. Pure: no Node, no DOM.
 *
 * - TCVN3 (TCVN 5712:1993, table VN3) is one byte per letter. VN3 has no upper-case
 *   letters with tones: titles were typed with the lower-case codes in an upper-case-only
 *   font (".VnTimeH", ".VnArialH"…), which shows them as capitals.
 * - VNI-Windows writes a Latin base letter followed by a Latin-1 character that the
 *   VNI fonts draw as the diacritic(s): "e" + "ã" = "ễ", "a" + "ê" = "ă"; ơ, ư, đ and
 *   the i/ỵ forms are single characters ("ô" = ơ, "ö" = ư, "ñ" = đ, "í" = í, "î" = ỵ).
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Display name of an encoding, as users know it. */
export const encodingName = (enc: LegacyEncoding): string => (enc === 'tcvn3' ? 'TCVN3' : 'VNI');

// ---------------------------------------------------------------------------------------
// Tables

/**
 * TCVN3 = TCVN 5712:1993 table VN3 (the ABC fonts), lower-case letters and the 14 letters
 * Ă Â Ê Ô Ơ Ư Đ / ă â ê ô ơ ư đ. Each row: the Unicode letters with no tone, sắc, huyền,
 * hỏi, ngã, nặng, then their VN3 codes. Source: the VN3 code table of TCVN 5712:1993;
 * cross-checked against the TCVN-5712 table of GNU libiconv (lib/tcvn.h, whose VN1 table
 * holds VN3 in 0xA1–0xFE) and the tables of the vietnamese-conversion npm package.
 * VN1-only positions (upper-case letters with tones at 0x01–0x17, 0x80–0x9F, 0xAF, 0xBA,
 * 0xBF–0xC5…, combining marks at 0xB0–0xB4) are not in the VN3 fonts and are left alone.
 */
const TCVN3_ROWS: [string, number[]][] = [
  ['aáàảãạ', [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9]],
  ['ăắằẳẵặ', [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6]],
  ['âấầẩẫậ', [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb]],
  ['eéèẻẽẹ', [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1]],
  ['êếềểễệ', [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6]],
  ['iíìỉĩị', [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde]],
  ['oóòỏõọ', [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4]],
  ['ôốồổỗộ', [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9]],
  ['ơớờởỡợ', [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee]],
  ['uúùủũụ', [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4]],
  ['ưứừửữự', [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9]],
  ['yýỳỷỹỵ', [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe]],
  ['đ', [0xae]],
  ['ĂÂÊÔƠƯĐ', [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7]],
];

/**
 * VNI-Windows (VNI Software's "VNI for Windows" code table), lower case. Each row: the
 * Unicode letters with no tone, sắc, huyền, hỏi, ngã, nặng, then their VNI spellings.
 * Upper case is the same spelling in capitals ("AÙ" = Á, "Ñ" = Đ). Source: the VNI Windows
 * table; cross-checked against xvnkb's vni.h (Dao Hai Lam, 2002) and the vietnamese-conversion
 * npm package.
 */
const VNI_ROWS: [string, string[]][] = [
  ['aáàảãạ', ['a', 'aù', 'aø', 'aû', 'aõ', 'aï']],
  ['ăắằẳẵặ', ['aê', 'aé', 'aè', 'aú', 'aü', 'aë']],
  ['âấầẩẫậ', ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä']],
  ['eéèẻẽẹ', ['e', 'eù', 'eø', 'eû', 'eõ', 'eï']],
  ['êếềểễệ', ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä']],
  ['iíìỉĩị', ['i', 'í', 'ì', 'æ', 'ó', 'ò']],
  ['oóòỏõọ', ['o', 'où', 'oø', 'oû', 'oõ', 'oï']],
  ['ôốồổỗộ', ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä']],
  ['ơớờởỡợ', ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï']],
  ['uúùủũụ', ['u', 'uù', 'uø', 'uû', 'uõ', 'uï']],
  ['ưứừửữự', ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï']],
  ['yýỳỷỹỵ', ['y', 'yù', 'yø', 'yû', 'yõ', 'î']],
  ['đ', ['ñ']],
];

const TCVN3 = new Map<string, string>();
for (const [letters, codes] of TCVN3_ROWS) {
  [...letters].forEach((u, i) => {
    if (codes[i] >= 0x80) TCVN3.set(String.fromCharCode(codes[i]), u);
  });
}

/** VNI spellings of one or two characters → Unicode; the base letter's case decides. */
const VNI_SEQ = new Map<string, string>();
const VNI_ONE = new Map<string, string>();
for (const [letters, spellings] of VNI_ROWS) {
  [...letters].forEach((u, i) => {
    const s = spellings[i];
    if (!/[\u0080-\uffff]/.test(s)) return;
    const upper = u.toUpperCase();
    if (s.length === 1) {
      VNI_ONE.set(s, u);
      VNI_ONE.set(s.toUpperCase(), upper);
    } else {
      const [b, m] = s;
      VNI_SEQ.set(b + m, u);
      VNI_SEQ.set(b + m.toUpperCase(), u);
      VNI_SEQ.set(b.toUpperCase() + m.toUpperCase(), upper);
      VNI_SEQ.set(b.toUpperCase() + m, upper);
    }
  });
}

// ---------------------------------------------------------------------------------------
// Fonts

const TCVN3_FONT = /^\.vn/i;
const VNI_FONT = /^vni[-\s]/i;

/** ".VnTime", ".VnArialH" → 'tcvn3'; "VNI-Times" → 'vni'; anything else → undefined. */
export function encodingOfFont(fontName: string | undefined): LegacyEncoding | undefined {
  const f = fontName?.trim();
  if (!f) return undefined;
  if (TCVN3_FONT.test(f)) return 'tcvn3';
  if (VNI_FONT.test(f)) return 'vni';
  return undefined;
}

/** The upper-case-only ABC fonts: ".VnTimeH", ".VnArialH", ".VnArial NarrowH"… (a capital H at the end). */
export function isUpperCaseFont(fontName: string | undefined): boolean {
  const f = fontName?.trim();
  return !!f && TCVN3_FONT.test(f) && /[a-z0-9 ]H$/.test(f);
}

// ---------------------------------------------------------------------------------------
// Conversion

const TCVN3_CHAR = new RegExp(`[${[...TCVN3.keys()].join('')}]`, 'g');

function tcvn3ToUnicode(text: string): string {
  return text.replace(TCVN3_CHAR, (ch) => TCVN3.get(ch) ?? ch);
}

function vniToUnicode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_SEQ.get(text.slice(i, i + 2));
    if (pair) {
      out += pair;
      i++;
      continue;
    }
    out += VNI_ONE.get(text[i]) ?? text[i];
  }
  return out;
}

/** ASCII letters of the text all capitals (at least two): a title typed for an upper-case font. */
function allCaps(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capitals++;
  }
  return capitals >= 2;
}

/**
 * Legacy text → Unicode NFC. `upper` (an ".Vn…H" font) gives capitals. TCVN3 text whose
 * Latin letters are all capitals ("DANH S¸CH") is also put in capitals: VN3 has no capital
 * letters with tones, so such text was meant to be read in an upper-case font.
 */
export function toUnicode(text: string, enc: LegacyEncoding, upper = false): string {
  const out = (enc === 'tcvn3' ? tcvn3ToUnicode(text) : vniToUnicode(text)).normalize('NFC');
  return upper || (enc === 'tcvn3' && allCaps(text)) ? out.toUpperCase() : out;
}

// ---------------------------------------------------------------------------------------
// Detection

/** Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, ạ…ỹ, combining marks): the text is already Unicode. */
const UNICODE_ONLY = /[\u0300-\u036f\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
/** Latin-1 letters outside VN3 (À Á Â Ã Ä Å Í Ù Ú Û à ð ÿ): not TCVN3 text. */
const NOT_TCVN3 = /[\u00c0-\u00c5\u00cd\u00d9-\u00db\u00e0\u00f0\u00ff]/;
/** Latin-1 letters VNI never uses (Ç Ð Ý Þ ß ç ð ý þ ÿ): not VNI text. */
const NOT_VNI = /[\u00c7\u00d0\u00dd\u00de\u00df\u00e7\u00f0\u00fd\u00fe\u00ff]/;

/** Latin-1 letters that Unicode Vietnamese uses: never evidence of a legacy encoding. */
const UNICODE_VI_LATIN1 = new Set([...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý']);
/** TCVN3 codes that Unicode Vietnamese never holds: ¡…® (ĂÂÊÔƠƯĐ ăâêôơưđ), µ ¶ · ¸ ¹, » ¼ ½ ¾, Æ Ç Ë Î Ï Ð Ñ Ö × Ø Ü Þ ß, ä å æ ç ë î ï ñ ö ÷ ø û ü þ. */
const TCVN3_STRONG = new Set([...TCVN3.keys()].filter((c) => !UNICODE_VI_LATIN1.has(c)));
/**
 * VNI spellings that Unicode Vietnamese never holds: the pairs whose two characters have the
 * same case, but "oà oá oã" (Unicode hoà, khoá, ngoã), and ñ ö æ î.
 */
const VNI_STRONG_PAIRS = new Set([...VNI_SEQ.keys()].filter((s) => !/^o[àáã]$/i.test(s) && (s === s.toLowerCase() || s === s.toUpperCase())));
/** A Latin-1 capital right after a lower-case letter ("NguyÔn", "tiÕn"): TCVN3 lower-case codes, not Unicode. */
const TCVN3_MID_CAPITAL = /[a-z\u00df-\u00ff][\u00c0-\u00de]/;
const VNI_STRONG_ONE = new Set([...VNI_ONE.keys()].filter((c) => !UNICODE_VI_LATIN1.has(c)));

const escapeClass = (chars: Iterable<string>): string => [...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
/** Anything that could count as evidence for either encoding; text without it is rejected at once. */
const ANY_EVIDENCE = new RegExp(`[${escapeClass(TCVN3_STRONG)}${escapeClass(VNI_STRONG_ONE)}]|${TCVN3_MID_CAPITAL.source}|` + [...VNI_STRONG_PAIRS].map((p) => escapeClass(p)).join('|'));

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** A Vietnamese syllable without its tone: initial consonant, vowel cluster, final consonant. */
const SYLLABLE = new RegExp(
  '^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?' +
    '(?:uyê|uyu|uya|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uêu|' +
    'ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|' +
    '[aăâeêioôơuưy])' +
    '(?:ch|ng|nh|[cmnpt])?$',
);

/** Is this word (already Unicode) a Vietnamese syllable, with at most one tone? */
function isSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize('NFD');
  const tones = d.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  return SYLLABLE.test(d.replace(TONE_MARKS, '').normalize('NFC'));
}

const WORD = /[A-Za-z\u00a1-\u00ff]+/g;
const NON_ASCII = /[\u0080-\uffff]/;

interface Evidence {
  /** Words that read as Vietnamese syllables once converted. */
  good: number;
  /** Words with legacy characters that do not. */
  bad: number;
  /** Good words holding a character (sequence) Unicode Vietnamese never has. */
  strongWords: number;
  /** Such characters (sequences) in the good words. */
  strong: number;
}

function strongIn(word: string, enc: LegacyEncoding): number {
  let n = 0;
  if (enc === 'tcvn3') {
    for (const ch of word) if (TCVN3_STRONG.has(ch)) n++;
    return n || (TCVN3_MID_CAPITAL.test(word) ? 1 : 0);
  }
  for (let i = 0; i < word.length; i++) {
    if (VNI_SEQ.has(word.slice(i, i + 2))) {
      if (VNI_STRONG_PAIRS.has(word.slice(i, i + 2))) n++;
      i++;
    } else if (VNI_STRONG_ONE.has(word[i])) n++;
  }
  return n;
}

/**
 * Per word and encoding: reads as a syllable once converted, and how much legacy-only
 * evidence it holds (-1: not a syllable). The caller owns the table (one per review: a
 * staff list repeats its units and given names); nothing is kept between calls here.
 */
export type WordVerdicts = Map<string, number>;

function wordVerdict(word: string, enc: LegacyEncoding, verdicts: WordVerdicts): number {
  const key = enc === 'tcvn3' ? `t${word}` : `v${word}`;
  let v = verdicts.get(key);
  if (v === undefined) {
    v = isSyllable(enc === 'tcvn3' ? tcvn3ToUnicode(word) : vniToUnicode(word)) ? strongIn(word, enc) : -1;
    verdicts.set(key, v);
  }
  return v;
}

function evidence(text: string, enc: LegacyEncoding, verdicts: WordVerdicts): Evidence | undefined {
  if (evidenceAgainst(text, enc)) return undefined;
  const e: Evidence = { good: 0, bad: 0, strongWords: 0, strong: 0 };
  for (const word of text.match(WORD) ?? []) {
    if (!NON_ASCII.test(word)) continue;
    const s = wordVerdict(word, enc, verdicts);
    if (s < 0) {
      e.bad++;
      continue;
    }
    e.good++;
    if (s) {
      e.strongWords++;
      e.strong += s;
    }
  }
  return e;
}

export type Strength = 'strict' | 'weak';

/**
 * Strict: at least two words carry a legacy-only character, or one word carries two and no
 * word fails; and at most one word in five fails to read as Vietnamese. Weak: one good
 * word with a legacy-only character and no failing word ("V¨n", "Vaên", "§øc" alone):
 * converted only where its column also holds strict or font-marked text of that encoding.
 */
function strength(e: Evidence | undefined): Strength | undefined {
  if (!e || e.strongWords === 0) return undefined;
  if ((e.strongWords >= 2 && e.bad * 4 <= e.good) || (e.strong >= 2 && e.bad === 0)) return 'strict';
  return e.bad === 0 ? 'weak' : undefined;
}

/** Text with a character outside ASCII: the only text an encoding can change. */
export const hasNonAscii = (text: string): boolean => NON_ASCII.test(text);

/** Cheap first look: non-ASCII, no Unicode-only letter, something that could be evidence. */
export const mayBeLegacy = (text: string): boolean => NON_ASCII.test(text) && !UNICODE_ONLY.test(text) && ANY_EVIDENCE.test(text);

/**
 * The encoding a text looks written in, and how sure that is (see `detectEncoding`; weak
 * evidence is given too, for a caller that weighs a whole column). `verdicts`: the
 * caller's table of words already judged.
 */
export function assess(text: string, verdicts: WordVerdicts = new Map()): { enc: LegacyEncoding; strength: Strength } | undefined {
  if (!mayBeLegacy(text)) return undefined;
  const t = evidence(text, 'tcvn3', verdicts);
  const v = evidence(text, 'vni', verdicts);
  const st = strength(t);
  const sv = strength(v);
  if (!st && !sv) return undefined;
  const score = (e: Evidence | undefined, s: Strength | undefined): number => (!e || !s ? -Infinity : (s === 'strict' ? 1000 : 0) + e.strong + e.good - 2 * e.bad);
  const a = score(t, st);
  const b = score(v, sv);
  if (a === b) return undefined;
  return a > b ? { enc: 'tcvn3', strength: st! } : { enc: 'vni', strength: sv! };
}

/**
 * The legacy encoding a text is written in, judged by its characters alone; undefined
 * when it does not clearly look like one. Conservative:
 * - Text with any letter only Unicode has (ă đ ơ ư ạ…ỹ, combining marks) is Unicode; so is
 *   ASCII-only text; text with Latin-1 letters an encoding never uses is not in it.
 * - Evidence counts only what Unicode Vietnamese never holds: TCVN3 codes such as
 *   ¨ © ª ® µ ¸ ¹ ¾ Ö × Ø Þ ß ä ø, or a Latin-1 capital inside a lower-case word
 *   ("NguyÔn", "tiÕn"); VNI pairs such as "aø" "eå" "oï" "aê" (both characters of one case)
 *   plus ñ ö æ î ("oà" "oá" "oã" are left out: Unicode "hoà", "khoá" hold them).
 * - Each word with non-ASCII letters is converted and must read as one Vietnamese syllable
 *   (initial, vowel cluster, final, at most one tone). So "Müller" (→ "Mỹller"), "garçon",
 *   "aérien" count against, not for.
 * - Density: two words with evidence (or one word with two pieces of it and nothing
 *   against), and at most one word in five against. A single accented letter in French or
 *   German text, "Café", names in Unicode Vietnamese, English and numbers are never flagged.
 */
export function detectEncoding(text: string): LegacyEncoding | undefined {
  const a = assess(text);
  return a?.strength === 'strict' ? a.enc : undefined;
}

/**
 * A cell's text read through its legacy font (".VnTime", "VNI-Times"…): the Unicode text,
 * or undefined when the font is no legacy font, the text holds letters the encoding cannot
 * have, or converting changes nothing.
 */
export function convertByFont(text: string, font: string | null | undefined): { text: string; enc: LegacyEncoding } | undefined {
  const enc = encodingOfFont(font ?? undefined);
  if (!enc) return undefined;
  const upper = isUpperCaseFont(font ?? undefined);
  if (!(NON_ASCII.test(text) || upper) || evidenceAgainst(text, enc)) return undefined;
  const out = toUnicode(text, enc, upper);
  return out === text.normalize('NFC') ? undefined : { text: out, enc };
}

function evidenceAgainst(text: string, enc: LegacyEncoding): boolean {
  return UNICODE_ONLY.test(text) || (enc === 'tcvn3' ? NOT_TCVN3 : NOT_VNI).test(text);
}
