/**
 * The agency file (`--agency`, or loaded in the pane) and the agency kept in the settings
 * sheet are checked by one function: the council and the counting committee are lists of
 * members, the basis a list of lines; a field of the wrong shape is named, in the clerk's
 * language, and the settings keep the rest.
 */
import { parseAgencyFile } from '../../src/domain/agency-file';
import { checkSettings } from '../../src/domain/settings-check';

const council = [
  { name: 'Trần Văn Bình', position: 'Giám đốc Sở', role: 'Chủ tịch Hội đồng' },
  { name: 'Lê Thị Hoa', position: 'Chuyên viên', role: 'Thư ký' },
];

test('a well-formed agency file is read whole, a byte-order mark allowed', () => {
  const file = {
    name: 'SỞ TƯ PHÁP',
    code: 'STP',
    council,
    counting: [{ name: 'Lê Thị Hoa', position: 'Chuyên viên', role: 'Trưởng ban' }],
    basis: ['Quyết định số 12/QĐ-UBND;'],
    plan: { number: '03/KH-STP', date: '2014-01-20', about: 'thi đua năm 2014' },
  };
  expect(parseAgencyFile(`\uFEFF${JSON.stringify(file)}`, 'vi')).toEqual({ agency: file, errors: [] });
});

test('a file that is not JSON, not an object, or has a field of the wrong shape is refused, each reason named', () => {
  expect(parseAgencyFile('{ "name": ', 'vi').errors[0]).toMatch(/^không phải JSON/);
  expect(parseAgencyFile('["SỞ"]', 'vi').errors).toEqual(['cần một đối tượng JSON { … } với các trường của cơ quan']);
  const bad = parseAgencyFile(JSON.stringify({ name: 'SỞ', code: 12, council: [council[0], { position: 'x' }], basis: 'một dòng' }), 'vi');
  expect(bad.agency).toBeUndefined();
  expect(bad.errors).toEqual(['trường "code" không đúng dạng: 12', 'trường "council[2]" không đúng dạng: {"position":"x"}', 'trường "basis" không đúng dạng: "một dòng"']);
  expect(parseAgencyFile(JSON.stringify({ code: 12 }), 'en').errors).toEqual(['field "code" is not well formed: 12']);
});

test('the settings sheet keeps the council, the counting committee and the basis; drops only what is malformed', () => {
  const { settings, issues } = checkSettings({ version: 1, ownedSheets: [], agency: { name: 'SỞ', council: [council[0], 7, council[1]], basis: ['A;', null], counting: 'x' } } as never);
  expect(settings.agency).toEqual({ name: 'SỞ', council, basis: ['A;'] });
  expect(issues.map((i) => i.args?.field)).toEqual(['agency.council[2]', 'agency.basis[2]', 'agency.counting']);
});
