import { Module } from '@nestjs/common';
import { AttachmentsService } from './attachments.service';
import { NominationsController } from './nominations.controller';
import { NominationsService } from './nominations.service';

@Module({
  controllers: [NominationsController],
  providers: [NominationsService, AttachmentsService],
  exports: [NominationsService, AttachmentsService],
})
export class NominationsModule {}
