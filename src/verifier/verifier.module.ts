import { Module } from '@nestjs/common';
import { VerifierAssets } from './verifier-assets.service';
import { VerifierController } from './verifier.controller';

/** The results verifier's files (docs/results.md, "Verifying"). */
@Module({
  controllers: [VerifierController],
  providers: [VerifierAssets],
  exports: [VerifierAssets],
})
export class VerifierModule {}
