import { Module } from '@nestjs/common';
import { SearchModule } from '@relais/search';
import { SkillsController } from './skills.controller';
import { SkillsService } from './skills.service';

@Module({ imports: [SearchModule], controllers: [SkillsController], providers: [SkillsService] })
export class SkillsModule {}
