import { Module } from '@nestjs/common';
import { OrganisationModule } from '@budgetspor/server/organisation';
import { DemoDataService } from './demo-data.service';

@Module({ imports: [OrganisationModule], providers: [DemoDataService], exports: [DemoDataService] })
export class DemoModule {}
