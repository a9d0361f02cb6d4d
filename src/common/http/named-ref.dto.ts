import { ApiProperty } from '@nestjs/swagger';

/** A reference to a person or an institution: its id and name. */
export class NamedRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}
