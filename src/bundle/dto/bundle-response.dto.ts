import { ApiProperty } from '@nestjs/swagger';

const FREE_FORM = { type: 'object', additionalProperties: true } as const;
const FREE_FORM_LIST = { type: 'array', items: FREE_FORM } as const;

/**
 * An edition bundle, formatVersion 2 (1 still imports): docs/bundle.md describes it and docs/bundle.schema.json is its JSON Schema
 * (draft 2020-12), which the import validates against; here only its sections are named.
 */
export class BundleDto {
  @ApiProperty({ enum: [1, 2] }) formatVersion: number;
  @ApiProperty(FREE_FORM) edition: Record<string, unknown>;
  @ApiProperty(FREE_FORM_LIST) tracks: Record<string, unknown>[];
  @ApiProperty(FREE_FORM_LIST) institutions: Record<string, unknown>[];
  @ApiProperty(FREE_FORM_LIST) users: Record<string, unknown>[];
  @ApiProperty(FREE_FORM_LIST) panels: Record<string, unknown>[];
  @ApiProperty(FREE_FORM_LIST) nominations: Record<string, unknown>[];
  @ApiProperty(FREE_FORM_LIST) assignments: Record<string, unknown>[];
  @ApiProperty(FREE_FORM_LIST) scoreSheets: Record<string, unknown>[];
  @ApiProperty(FREE_FORM_LIST) overrides: Record<string, unknown>[];
  @ApiProperty({ ...FREE_FORM, nullable: true, description: 'The seal, once finalised' })
  seal: Record<string, unknown> | null;
}
