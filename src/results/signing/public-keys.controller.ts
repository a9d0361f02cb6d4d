import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../access/access.decorators';
import { SealSigner } from './seal-signer.service';

/** The organisation's seal-signing public keys, with the period each signs in (rotated keys stay listed). */
@ApiTags('public results')
@Controller('public/keys')
export class PublicKeysController {
  constructor(private readonly signer: SealSigner) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Public Ed25519 keys of the seal signatures, with validity periods' })
  async keys() {
    return { keys: await this.signer.keys() };
  }
}
