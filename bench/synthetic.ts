import type { CellValue, SheetGrid } from '../src/sheets/grid';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Hữu', 'Ngọc', 'Xuân', 'Đức'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nam', 'Sơn', 'Yến'];
const RATINGS = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ'];

/** A deterministic pseudo-random sequence, so every bench run reviews the same people. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A flat staff list and a unit list shaped like the sample, with n people in u units. */
export function syntheticWorkbook(n: number, u: number): SheetGrid[] {
  const r = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const units = Array.from({ length: u }, (_, i) => `Phòng số ${i + 1}`);
  const staff: CellValue[][] = [
    ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị', 'Ngày tuyển dụng', 'Xếp loại', 'Số ngày nghỉ', 'Kỷ luật', 'Sáng kiến', 'Tỷ lệ phiếu bầu (%)', 'Xếp loại 2013', 'CSTĐCS 2013'],
  ];
  for (let i = 0; i < n; i++) {
    staff.push([
      i + 1,
      `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)} ${i}`,
      1960 + Math.floor(r() * 35),
      'Chuyên viên',
      units[i % u],
      30000 + Math.floor(r() * 12000),
      pick(RATINGS),
      Math.floor(r() * 50),
      r() < 0.02 ? 'Khiển trách' : '',
      r() < 0.3 ? 'SK số 1' : '',
      50 + Math.floor(r() * 50),
      pick(RATINGS),
      r() < 0.2 ? 'x' : '',
    ]);
  }
  const unitRows: CellValue[][] = [['STT', 'Tên phòng, đơn vị', 'Số CBCCVC', 'Xếp loại tập thể năm 2014']];
  units.forEach((name, i) => unitRows.push([i + 1, name, Math.ceil(n / u), pick(RATINGS)]));
  return [
    { name: 'Cán bộ', visibility: 'visible', values: staff, top: 0, left: 0, merges: [] },
    { name: 'Đơn vị', visibility: 'visible', values: unitRows, top: 0, left: 0, merges: [] },
  ];
}
