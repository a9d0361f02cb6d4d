import { Module } from '@nestjs/common';
import { AttachmentsService } from './attachments.service';
import { NominationsController } from './nominations.controller';
import { NominationsService } from './nominations.service';
import { TrackFieldsController } from './fields/track-fields.controller';
import { TrackFieldsService } from './fields/track-fields.service';

@Module({
  controllers: [NominationsController, TrackFieldsController],
  providers: [NominationsService, AttachmentsService, TrackFieldsService],
  exports: [NominationsService, AttachmentsService, TrackFieldsService],
})
export class NominationsModule {}
