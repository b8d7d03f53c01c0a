import { Module } from '@nestjs/common';
import { AdministrationsController, CommitteesController } from './organisation.controller';
import { OrganisationService } from './organisation.service';

@Module({
  controllers: [AdministrationsController, CommitteesController],
  providers: [OrganisationService],
  exports: [OrganisationService],
})
export class OrganisationModule {}
