import { joinPersonal, personalCommitment, personalRefs, splitPersonal } from './personal-values';

describe('splitPersonal', () => {
  let n = 0;
  const salt = () => String(++n).padStart(64, '0');
  const sut = (payload: Parameters<typeof splitPersonal>[0], entityType = 'user', entityId = 'u-1') =>
    splitPersonal(payload, { entityType, entityId, salt });

  it('moves a user entry’s name and address out, keeping a commitment in their place', () => {
    const { payload, values } = sut({
      id: 'u-1',
      name: 'Ana Pérez',
      email: 'ana@example.org',
      role: 'JUDGE',
    });
    expect(payload).toEqual({
      id: 'u-1',
      name: { $personal: values[0].commitment },
      email: { $personal: values[1].commitment },
      role: 'JUDGE',
    });
    expect(values.map((v) => [v.subjectId, v.value])).toEqual([
      ['u-1', 'Ana Pérez'],
      ['u-1', 'ana@example.org'],
    ]);
    for (const v of values) expect(personalCommitment(v.salt, v.value)).toBe(v.commitment);
  });

  it('leaves the name of an edition, a track or an institution in the chain', () => {
    expect(sut({ name: 'Edición 2018' }, 'edition', 'e-1')).toEqual({
      payload: { name: 'Edición 2018' },
      values: [],
    });
    expect(sut([{ id: 'c-1', name: 'Criterio' }], 'track', 't-1').values).toEqual([]);
  });

  it('gives contact data to the record that holds it, else to the entry’s entity', () => {
    const nested = sut(
      { created: [{ id: 'n-9', contactName: 'Luis', contactEmail: 'l@x.mx' }] },
      'track',
      't-1',
    );
    expect(nested.values.map((v) => v.subjectId)).toEqual(['n-9', 'n-9']);
    const partial = sut({ contactPhone: '+52 55 5555 5555' }, 'nomination', 'n-1');
    expect(partial.values.map((v) => v.subjectId)).toEqual(['n-1']);
  });

  it('keeps empty and non-text values as they are', () => {
    expect(sut({ email: '', contactPhone: null }).values).toEqual([]);
  });
});

describe('joinPersonal', () => {
  it('puts each value back, or the erased marker once its row is gone', () => {
    const { payload, values } = splitPersonal(
      { name: 'Ana', email: 'ana@example.org' },
      { entityType: 'user', entityId: 'u-1', salt: () => 'a'.repeat(64) },
    );
    expect(personalRefs(payload).size).toBe(2);
    const held = new Map([[values[0].commitment, values[0].value]]);
    expect(joinPersonal(payload, (c) => held.get(c), '(erased)')).toEqual({ name: 'Ana', email: '(erased)' });
  });
});
