import type { Person, Unit } from '../../src/domain/types';

let seq = 0;
/** A staff member who meets every LĐTT criterion unless the test says otherwise. */
export function person(over: Partial<Person> = {}): Person {
  seq++;
  return {
    id: `T!${seq}`,
    source: { sheet: 'T', row: seq },
    name: `Nguyễn Văn ${seq}`,
    unit: 'Phòng A',
    rating: 'good',
    leaveDays: 0,
    exemptLeave: [],
    discipline: 'none',
    initiatives: 0,
    provincialInitiative: false,
    researchProjects: 0,
    history: {},
    hireDate: '2000-01-01',
    ...over,
  };
}

export function unit(name: string, over: Partial<Unit> = {}): Unit {
  return { id: name, name, rating: 'excellent', history: {}, ...over };
}
