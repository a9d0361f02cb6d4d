import { applyDecorators, Type } from '@nestjs/common';
import { PartialType } from '@nestjs/swagger';
import { getMetadataStorage, IsOptional, ValidateBy, ValidateIf } from 'class-validator';

/**
 * Whether a field may be sent as `null`. Every optional DTO field says so with @Optional() (null refused) or
 * @Nullable() (null clears the value): class-validator's @IsOptional() alone lets null through to the database,
 * where a NOT NULL column turned it into a 500. The DTO null test enumerates every field.
 */
export type NullPolicy = 'allowed' | 'refused';

/** A constraint that always holds: it only marks the field as nullable in class-validator's own metadata,
 * which Nest's mapped types (PartialType, OmitType…) copy with the rest. */
const NULL_ALLOWED = 'nullAllowed';
const NullAllowed = () => ValidateBy({ name: NULL_ALLOWED, validator: { validate: () => true } });

/** The declared policy of `property` on a DTO class (its parents included); required fields refuse null. */
export function nullPolicyOf(dto: Type<unknown>, property: string): NullPolicy {
  return getMetadataStorage()
    .getTargetValidationMetadatas(dto, '', true, false)
    .some((m) => m.propertyName === property && m.name === NULL_ALLOWED)
    ? 'allowed'
    : 'refused';
}

/** A constraint of its own, so the answer says "must not be null" rather than a type complaint. */
export const IsNotNull = () =>
  ValidateBy({ name: 'isNotNull', validator: { validate: (value: unknown) => value !== null } });

/** The field may be left out; `null` is refused with a 400 naming it. */
export const Optional = (): PropertyDecorator =>
  applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    IsNotNull(),
  );

/** The field may be left out or sent as `null` (which clears the stored value). */
export const Nullable = (): PropertyDecorator => applyDecorators(IsOptional(), NullAllowed());

/**
 * PartialType for PATCH bodies: every field of `dto` may be left out, null stays refused unless the field
 * itself is @Nullable() (Nest's PartialType would make every field accept null).
 */
export function PartialDto<T>(dto: Type<T>): Type<Partial<T>> {
  const partial = PartialType(dto, { skipNullProperties: false });
  const properties = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(dto, '', true, false)
      .map((m) => m.propertyName),
  );
  for (const property of properties) {
    if (nullPolicyOf(dto, property) === 'refused') IsNotNull()(partial.prototype as object, property);
  }
  return partial;
}
