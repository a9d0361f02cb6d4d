import { Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { nullPolicyOf } from './null-policy';
import { toFieldProblems } from './validation-problems';

/** Every class exported by a DTO file (src/<module>/dto/*.dto.ts) that declares validated fields. */
function dtoClasses(): [string, Type<object>][] {
  const root = join(__dirname, '..', '..');
  const out: [string, Type<object>][] = [];
  for (const module of readdirSync(root, { withFileTypes: true })) {
    if (!module.isDirectory()) continue;
    const dir = join(root, module.name, 'dto');
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.dto.ts'));
    } catch {
      continue;
    }
    for (const file of files) {
      // Loaded by path so that a DTO file added later is covered without editing this test.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = require(join(dir, file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exported)) {
        if (typeof value === 'function' && propertiesOf(value as Type<object>).length > 0)
          out.push([`${module.name}/${name}`, value as Type<object>]);
      }
    }
  }
  return out;
}

function propertiesOf(dto: Type<object>): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))];
}

const fields = dtoClasses().flatMap(([name, dto]) =>
  propertiesOf(dto).map((property) => [name, property, dto, nullPolicyOf(dto, property)] as const),
);

describe('every DTO field states whether it accepts null', () => {
  it('finds the DTOs (the enumeration itself works)', () => {
    expect(fields.length).toBeGreaterThan(100);
    expect(fields.map(([name, p]) => `${name}.${p}`)).toEqual(
      expect.arrayContaining([
        'nominations/UpdateNominationDto.title',
        'institutions/UpdateInstitutionDto.kind',
      ]),
    );
  });

  it.each(fields.map(([name, property, dto, policy]) => [`${name}.${property}`, policy, dto, property]))(
    '%s: null %s',
    async (_label, policy, dto, property) => {
      const instance = plainToInstance(dto, { [property]: null });
      const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
      const own = toFieldProblems(errors).filter((p) => p.field === property);
      if (policy === 'allowed') expect(own).toEqual([]);
      else expect(own.map((p) => p.code)).toEqual(['isNotNull']);
    },
  );
});
