import { AuditPersonalValueEntity } from '../../../src/database/schema/audit-personal-value.entity';
import { AuditService, ERASED_PERSONAL_VALUE } from '../../../src/audit/audit.service';
import { AuditEntryEntity } from '../../../src/database/schema/audit-entry.entity';
import { MediumContext, startMedium } from '../support/medium-context';

describe(AuditService.name, () => {
  let ctx: MediumContext;
  let sut: AuditService;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(AuditService);
  });

  afterAll(() => ctx?.close());

  it('chains a commitment instead of a person’s name and address, and lists the values in place', async () => {
    const actor = await ctx.organiser();
    const entry = await ctx.db.transaction((m) =>
      sut.append(m, actor, 'user.create', { type: 'user', id: 'persona-1' }, null, {
        id: 'persona-1',
        name: 'Ximena Medio',
        email: 'ximena.medio@example.org',
        role: 'JUDGE',
      }),
    );
    const stored = await ctx.db.read((m) => m.findOneByOrFail(AuditEntryEntity, { id: entry.id }));
    expect(JSON.stringify(stored.after)).not.toMatch(/Ximena|ximena/);
    expect(stored.after).toMatchObject({ role: 'JUDGE', name: { $personal: expect.any(String) } });
    const page = await sut.list(actor, { entityId: 'persona-1' });
    expect(page.items[0].after).toMatchObject({ name: 'Ximena Medio', email: 'ximena.medio@example.org' });
  });

  it('erases a subject’s values: the entry shows the marker and the trail still verifies', async () => {
    const actor = await ctx.organiser();
    const erased = await ctx.db.transaction((m) => sut.erasePersonalValues(m, ['persona-1']));
    expect(erased).toBe(2);
    expect(await ctx.db.read((m) => m.countBy(AuditPersonalValueEntity, { subjectId: 'persona-1' }))).toBe(0);
    const page = await sut.list(actor, { entityId: 'persona-1' });
    expect(page.items[0].after).toMatchObject({ name: ERASED_PERSONAL_VALUE, email: ERASED_PERSONAL_VALUE });
    expect(await sut.verify(actor)).toMatchObject({ ok: true, personalValues: { altered: 0 } });
  });

  it('finds an altered personal value', async () => {
    const actor = await ctx.organiser();
    await ctx.db.transaction((m) =>
      sut.append(m, actor, 'user.create', { type: 'user', id: 'persona-2' }, null, {
        email: 'otra@example.org',
      }),
    );
    await ctx.db.transaction((m) =>
      m.update(AuditPersonalValueEntity, { subjectId: 'persona-2' }, { value: 'cambiada@example.org' }),
    );
    expect(await sut.verify(actor)).toMatchObject({ ok: false, personalValues: { altered: 1 } });
  });
});
