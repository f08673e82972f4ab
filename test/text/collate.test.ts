import { compareNames, compareVietnamese } from '../../src/text/collate';

/** A fixed shuffle (reverse, then interleave), so the sort has work to do and can fail. */
const shuffled = <T>(xs: T[]): T[] => {
  const r = xs.slice().reverse();
  return [...r.filter((_, i) => i % 2 === 1), ...r.filter((_, i) => i % 2 === 0)];
};

/** Every pair in strict order, both ways: a < b and b > a. */
function expectStrictOrder(xs: string[], cmp: (a: string, b: string) => number): void {
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      const ab = Math.sign(cmp(xs[i], xs[j]));
      const ba = Math.sign(cmp(xs[j], xs[i]));
      expect([xs[i], xs[j], ab, ba]).toEqual([xs[i], xs[j], -1, 1]);
    }
  }
}

describe('compareVietnamese', () => {
  it('orders Anh < Ánh < Ba < Dũng < Đào < Em', () => {
    const want = ['Anh', 'Ánh', 'Ba', 'Dũng', 'Đào', 'Em'];
    expect(shuffled(want)).not.toEqual(want);
    expect(shuffled(want).sort(compareVietnamese)).toEqual(want);
    expectStrictOrder(want, compareVietnamese);
  });

  it('puts đ after every d word, as a letter of its own', () => {
    const want = ['Da', 'Dũng', 'Dương', 'Dz', 'Đa', 'Đào', 'Đức'];
    expect(shuffled(want).sort(compareVietnamese)).toEqual(want);
    expectStrictOrder(want, compareVietnamese);
  });

  it('orders the letters a ă â … as the Vietnamese alphabet', () => {
    const want = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'x', 'y'];
    expect(shuffled(want).sort(compareVietnamese)).toEqual(want);
    expectStrictOrder(want, compareVietnamese);
    // A base letter decides before any later letter: "Ăn" after "Az", "Ơn" after "Oz".
    expect(shuffled(['Anh', 'Az', 'Ăn', 'Âu', 'Oz', 'Ơn']).sort(compareVietnamese)).toEqual(['Anh', 'Az', 'Ăn', 'Âu', 'Oz', 'Ơn']);
  });

  it('orders the tones none, huyền, hỏi, ngã, sắc, nặng (ICU "vi": a à ả ã á ạ)', () => {
    const want = ['a', 'à', 'ả', 'ã', 'á', 'ạ'];
    expect(shuffled(want).sort(compareVietnamese)).toEqual(want);
    expectStrictOrder(want, compareVietnamese);
    expect(shuffled(['Ân', 'Ấn', 'Ẩn', 'Ẫn', 'Ần', 'Ận']).sort(compareVietnamese)).toEqual(['Ân', 'Ần', 'Ẩn', 'Ẫn', 'Ấn', 'Ận']);
  });

  it('lets the letters decide before the tones: Ánh < Anha, Dũng < Dung Anh', () => {
    expect(compareVietnamese('Ánh', 'Anha')).toBeLessThan(0);
    expect(compareVietnamese('Dũng', 'Dunga')).toBeLessThan(0);
    expect(compareVietnamese('Ba', 'Ánh')).toBeGreaterThan(0);
  });

  it('ties only on the same text; decomposed and composed are the same', () => {
    expect(compareVietnamese('Đào', 'Đào')).toBe(0);
    expect(compareVietnamese('Nguyễn'.normalize('NFD'), 'Nguyễn')).toBe(0);
    expect(compareVietnamese('anh', 'Anh')).not.toBe(0);
  });
});

describe('compareNames', () => {
  it('sorts by given name, then middle name, then family name', () => {
    const want = ['Trần Văn An', 'Lê Thị Bình', 'Nguyễn Anh Dũng'];
    expect(shuffled(want).sort(compareNames)).toEqual(want);
    expectStrictOrder(want, compareNames);
  });

  it('breaks a tie on the given name by the middle name, then the family name', () => {
    const want = [
      'Phạm An', // no middle name first
      'Võ Bá An',
      'Lê Thị An',
      'Nguyễn Văn An',
      'Trần Văn An',
      'Đỗ Văn Ánh',
      'Hà Đức Ba',
      'Lý Dũng',
      'Bùi Đào',
      'Mai Thị Đào',
    ];
    expect(shuffled(want).sort(compareNames)).toEqual(want);
    expectStrictOrder(want, compareNames);
  });

  it('is not fooled by extra spaces', () => {
    expect(compareNames('  Trần   Văn  An ', 'Trần Văn An')).toBe(0);
    expect(compareNames('Lê Thị Bình', ' Trần Văn An')).toBeGreaterThan(0);
  });
});
