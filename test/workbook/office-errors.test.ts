import { officeErrorCode, officeErrorMessage } from '../../src/workbook/office-errors';
import { officeMessages } from '../../src/i18n/office';
import { excelRun } from '../../src/workbook/office';

/** What Excel.run rejects with: an OfficeExtension.Error-like object. */
function officeError(code: string, message = `Office said ${code}`, debugCode = code): Error & Record<string, unknown> {
  const e = new Error(message) as Error & Record<string, unknown>;
  e.name = 'RichApi.Error';
  e.code = code;
  e.debugInfo = { code: debugCode, message, errorLocation: 'Worksheet.delete', statement: 'sheet.delete();' };
  e.traceMessages = [];
  return e;
}

describe('officeErrorMessage: each Office code gets its own sentence in both languages', () => {
  const cases: [string, RegExp, RegExp][] = [
    ['AccessDenied', /bảo vệ.*Unprotect Sheet.*ghi lại/, /protected.*Unprotect Sheet/],
    ['InvalidOperationInCellEditMode', /^Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi bấm lại\.$/, /editing a cell: press Enter or Esc/],
    ['ItemAlreadyExists', /đã có .*trùng.*đổi tên hoặc xoá/i, /already has/],
    ['ItemNotFound', /Không tìm thấy.*chọn lại/, /not found/],
    ['RequestPayloadSizeLimitExceeded', /quá lớn/, /too large/],
    ['ResponsePayloadSizeLimitExceeded', /quá lớn/, /too large/],
    ['InsertDeleteConflict', /chèn hoặc xoá.*ô gộp/, /insert or delete.*merged/],
    ['GeneralException', /lỗi nội bộ.*đóng rồi mở lại/, /internal error.*reopen/],
    ['Unauthenticated', /đăng nhập lại/, /sign in again/],
    ['ApiNotAvailable', /cập nhật Excel/, /update Excel/],
    ['ApiNotFound', /cập nhật Excel/, /update Excel/],
    ['ActivityLimitReached', /bận.*đợi/, /busy.*wait/],
  ];
  it.each(cases)('%s', (code, vi, en) => {
    const a = officeErrorMessage(officeError(code), 'vi');
    const b = officeErrorMessage(officeError(code), 'en');
    expect(a.code).toBe(code);
    expect(b.code).toBe(code);
    expect(a.text).toMatch(vi);
    expect(b.text).toMatch(en);
    // One sentence: ends with a full stop, no line breaks, never the raw Office message.
    for (const text of [a.text, b.text]) {
      expect(text).toMatch(/[^.]\.$/);
      expect(text).not.toMatch(/\n/);
      expect(text).not.toContain('Office said');
      expect(text).not.toContain('{');
    }
  });

  it('the Vietnamese and English texts differ and the families differ from each other', () => {
    const texts = new Set(cases.map(([c]) => officeErrorMessage(officeError(c), 'vi').text));
    // Payload ×2 and API ×2 share a sentence: 12 codes, 10 sentences.
    expect(texts.size).toBe(10);
    for (const [c] of cases) expect(officeErrorMessage(officeError(c), 'vi').text).not.toBe(officeErrorMessage(officeError(c), 'en').text);
  });

  it('the protected-sheet text is the one the clerk is told', () => {
    expect(officeErrorMessage(officeError('AccessDenied'), 'vi', { sheet: 'Kết quả' }).text).toBe('Trang tính "Kết quả" đang được bảo vệ: hãy bỏ bảo vệ (Review › Unprotect Sheet) rồi ghi lại.');
  });
});

describe('officeErrorMessage: context', () => {
  it('names the sheet when given and a sheet variant exists', () => {
    for (const code of ['AccessDenied', 'ItemAlreadyExists', 'ItemNotFound', 'InsertDeleteConflict']) {
      expect(officeErrorMessage(officeError(code), 'vi', { sheet: 'Danh sách' }).text).toContain('"Danh sách"');
      expect(officeErrorMessage(officeError(code), 'en', { sheet: 'Danh sách' }).text).toContain('"Danh sách"');
      expect(officeErrorMessage(officeError(code), 'vi').text).not.toContain('"');
    }
  });

  it('ignores the sheet for codes where it does not help, and a blank sheet name', () => {
    const plain = officeErrorMessage(officeError('InvalidOperationInCellEditMode'), 'vi').text;
    expect(officeErrorMessage(officeError('InvalidOperationInCellEditMode'), 'vi', { sheet: 'X' }).text).toBe(plain);
    expect(officeErrorMessage(officeError('ItemNotFound'), 'vi', { sheet: '  ' }).text).toBe(officeErrorMessage(officeError('ItemNotFound'), 'vi').text);
  });

  it('puts a sheet name with braces in literally', () => {
    expect(officeErrorMessage(officeError('ItemNotFound'), 'en', { sheet: 'Q{1}' }).text).toContain('"Q{1}"');
  });
});

describe('officeErrorMessage: network failures', () => {
  const network: [string, unknown][] = [
    ['OfficeExtension ConnectionFailure', officeError('ConnectionFailure')],
    ['browser fetch (Chrome)', new TypeError('Failed to fetch')],
    ['browser fetch (Firefox)', new TypeError('NetworkError when attempting to fetch resource.')],
    ['browser fetch (Safari)', new TypeError('Load failed')],
    ['a DOMException NetworkError', Object.assign(new Error('x'), { name: 'NetworkError' })],
    ['Node fetch with a socket cause', Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) })],
    ['a bare errno code', { code: 'ETIMEDOUT' }],
  ];
  it.each(network)('%s', (_label, e) => {
    const vi = officeErrorMessage(e, 'vi');
    expect(vi).toEqual({ code: 'NetworkFailure', text: 'Mất kết nối mạng tới Excel: hãy kiểm tra mạng rồi bấm lại.' });
    expect(officeErrorMessage(e, 'en').text).toMatch(/network connection.*check the network/);
  });

  it('"Load failed" only counts as network from a TypeError', () => {
    expect(officeErrorCode(new Error('Load failed'))).toBe('Unknown');
  });
});

describe('officeErrorMessage: unknown errors', () => {
  it('an Office code it does not know: generic text naming the code, never the message', () => {
    const e = officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    const vi = officeErrorMessage(e, 'vi');
    expect(vi.code).toBe('Unknown');
    expect(vi.text).toBe('Excel báo lỗi InvalidArgument: hãy lưu sổ, đóng rồi mở lại và bấm lại; nếu vẫn lỗi, báo cho bộ phận hỗ trợ kèm mã lỗi này.');
    expect(officeErrorMessage(e, 'en').text).toContain('InvalidArgument');
    expect(vi.text).not.toContain('argument is invalid');
  });

  it.each<[string, unknown]>([
    ['a plain Error', new Error('boom')],
    ['a string', 'boom'],
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object without code', { message: 'boom' }],
    ['a code that is a sentence', { code: 'Something went wrong here' }],
    ['a numeric code', { code: 5001 }],
    ['a prototype key as code', { code: 'toString' }],
  ])('%s → generic, no code, no message', (_label, e) => {
    const r = officeErrorMessage(e, 'vi');
    expect(r.code).toBe('Unknown');
    if ((e as { code?: unknown })?.code === 'toString') expect(r.text).toContain('toString');
    else expect(r.text).toBe('Excel báo một lỗi không xác định: hãy lưu sổ, đóng rồi mở lại và bấm lại; nếu vẫn lỗi, báo cho bộ phận hỗ trợ.');
    expect(r.text).not.toContain('boom');
  });

  it('survives an object whose getters throw', () => {
    const e = Object.defineProperty({}, 'code', {
      get() {
        throw new Error('no');
      },
    });
    expect(officeErrorMessage(e, 'en')).toEqual({
      code: 'Unknown',
      text: 'Excel reported an unexpected error: save the workbook, close and reopen it and click again; if it still fails, tell support.',
    });
  });
});

describe('officeErrorMessage: never a stack trace', () => {
  it.each(['AccessDenied', 'InvalidArgument', 'Whatever'])('%s', (code) => {
    const e = officeError(code, 'at Object.<anonymous> (/x/y.js:1:1)');
    e.stack = 'Error: boom\n    at Object.<anonymous> (/x/y.js:1:1)\n    at run (office.js:2:2)';
    for (const lang of ['vi', 'en'] as const) {
      const { text } = officeErrorMessage(e, lang);
      expect(text).not.toMatch(/\bat \S+ \(|\.js:\d+|\n/);
    }
  });
});

describe('officeErrorMessage: which code wins', () => {
  it('uses debugInfo.code when the top-level code is missing', () => {
    const e = { debugInfo: { code: 'ItemNotFound' } };
    expect(officeErrorCode(e)).toBe('ItemNotFound');
  });
  it('prefers the top-level code when both are known', () => {
    expect(officeErrorCode(officeError('AccessDenied', 'x', 'GeneralException'))).toBe('AccessDenied');
  });
  it('a known Office code beats network-looking text', () => {
    expect(officeErrorCode(officeError('GeneralException', 'Failed to fetch'))).toBe('GeneralException');
  });
});

describe('the office messages', () => {
  it('every entry has Vietnamese and English, one sentence, same placeholders', () => {
    const keys = Object.keys(officeMessages);
    expect(keys.length).toBeGreaterThanOrEqual(15);
    for (const k of keys) {
      const { vi, en } = officeMessages[k];
      expect(k).toMatch(/^office\.error\./);
      expect(vi.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      expect(vi).not.toBe(en);
      for (const s of [vi, en]) expect(s).toMatch(/^[^\n]+\.$/);
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(ph(vi)).toEqual(ph(en));
      expect(ph(vi)).toEqual(k.endsWith('.sheet') ? ['sheet'] : k.endsWith('.code') ? ['code'] : []);
    }
  });
});

describe('excelRun: a write while a cell is being edited waits where Excel can', () => {
  const calls: unknown[][] = [];
  beforeEach(() => {
    calls.length = 0;
    (globalThis as { Excel?: unknown }).Excel = { run: (...args: unknown[]) => (calls.push(args), Promise.resolve('done')) };
  });
  afterAll(() => delete (globalThis as { Excel?: unknown }).Excel);
  const batch = async () => 'x';

  test('ExcelApi 1.11: Excel.run({ delayForCellEdit: true }, batch)', async () => {
    await excelRun((_, v) => Number(v.split('.')[1]) <= 11)(batch);
    expect(calls).toEqual([[{ delayForCellEdit: true }, batch]]);
  });

  test('older Excel: plain Excel.run(batch)', async () => {
    await excelRun((_, v) => Number(v.split('.')[1]) <= 7)(batch);
    expect(calls).toEqual([[batch]]);
  });
});
