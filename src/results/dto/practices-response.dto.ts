import { ApiProperty } from '@nestjs/swagger';
import type { Award } from '../../domain/scoring/types';
import { AWARD_ORDER } from '../awards-labels';

export class CodeNameDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class KeyNameDto {
  @ApiProperty() key: string;
  @ApiProperty() name: string;
}

export class CategoryFacetDto extends KeyNameDto {
  @ApiProperty() trackCode: string;
}

export class PracticeDto {
  @ApiProperty() key: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: CodeNameDto }) track: CodeNameDto;
  @ApiProperty({ type: KeyNameDto, nullable: true }) category: KeyNameDto | null;
  @ApiProperty({ type: CodeNameDto, nullable: true }) state: CodeNameDto | null;
  @ApiProperty() nomineeInstitution: string;
  @ApiProperty() nominatingInstitution: string;
  @ApiProperty({ type: [String] }) evidenceUrls: string[];
  @ApiProperty({ enum: AWARD_ORDER, nullable: true, description: 'The final award in force, or null' })
  award: Award | null;
}

export class PracticeFacetsDto {
  @ApiProperty({ type: [CodeNameDto] }) states: CodeNameDto[];
  @ApiProperty({ type: [CodeNameDto] }) tracks: CodeNameDto[];
  @ApiProperty({ type: [CategoryFacetDto] }) categories: CategoryFacetDto[];
}

export class PracticeEditionDto {
  @ApiProperty() id: string;
  @ApiProperty() key: string;
  @ApiProperty() name: string;
  @ApiProperty() year: number;
}

export class PracticeSealDto {
  @ApiProperty() version: number;
  @ApiProperty() sha256: string;
}

export class PracticesCatalogueDto {
  @ApiProperty({ type: PracticeEditionDto }) edition: PracticeEditionDto;
  @ApiProperty({ type: PracticeSealDto }) seal: PracticeSealDto;
  @ApiProperty({ description: 'Practices in the catalogue before filtering' }) total: number;
  @ApiProperty({ type: [PracticeDto] }) items: PracticeDto[];
  @ApiProperty({ type: PracticeFacetsDto, description: 'What the filters can choose from' })
  facets: PracticeFacetsDto;
}
