/**
 * The mid-year report says "các phòng, đơn vị thuộc …" of the agency that writes it: a Sở, a
 * school, a hospital, a commune's people's committee. The sample's "thuộc Sở" is not another
 * agency's wording.
 */
import { agencyKind } from '../../src/dossier/agency';

test.each([
  ['Sở Tư pháp', 'Sở'],
  ['Sở Khoa học và Công nghệ', 'Sở'],
  ['Bệnh viện Đa khoa tỉnh Tuyên Quang', 'Bệnh viện'],
  ['Trường Trung học phổ thông Lê Lợi', 'Trường'],
  ['Ủy ban nhân dân xã Tân Trào', 'Ủy ban nhân dân'],
  ['Chi cục Thủy lợi', 'Chi cục'],
  ['……', 'cơ quan'],
  ['Công ty Cổ phần Môi trường', 'cơ quan'],
])('"%s" → thuộc %s', (name, kind) => {
  expect(agencyKind(name)).toBe(kind);
});
