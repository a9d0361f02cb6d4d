import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../access/access.decorators';
import { ApiRoute } from '../../access/api-route';
import { PublicKeysDto } from '../dto/public-results.dto';
import { SealSigner } from './seal-signer.service';

/** The organisation's seal-signing public keys, with the period each signs in (rotated keys stay listed). */
@ApiTags('public results')
@Controller('public/keys')
export class PublicKeysController {
  constructor(private readonly signer: SealSigner) {}

  @ApiRoute({
    summary: 'Public Ed25519 keys of the seal signatures, with validity periods',
    ok: PublicKeysDto,
  })
  @Get()
  @Public()
  async keys() {
    return { keys: await this.signer.keys() };
  }
}
