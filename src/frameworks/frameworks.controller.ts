import { Controller, Get } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import type { FrameworkThemeView, FrameworkView } from '#contract';
import { Public } from '../common/auth/decorators';
import { themeTranslations, type ThemeTitles } from './framework-translations';
import { FrameworksService } from './frameworks.service';

class ThemeResponse implements FrameworkThemeView {
  @ApiProperty({ example: 'GCM-1' }) code: string;
  @ApiProperty() number: number;
  @ApiProperty() title: string;
  @ApiProperty() shortTitle: string;
  @ApiProperty({
    type: Object,
    description:
      'Title and short title per language, e.g. {"ar": {"title": "…", "shortTitle": "…"}}',
  })
  translations: Record<string, ThemeTitles>;
}

class FrameworkResponse implements FrameworkView {
  @ApiProperty({ example: 'gcm-objectives' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() source: string;
  @ApiPropertyOptional() note?: string;
  @ApiProperty({ type: [ThemeResponse] }) themes: ThemeResponse[];
}

@ApiTags('frameworks')
@Controller('frameworks')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  /** Public reference data: the taxonomies recommendations are tagged with. */
  @Public()
  @ApiOperation({ summary: 'The policy frameworks recommendations are tagged with' })
  @Get()
  @ApiOkResponse({ type: [FrameworkResponse] })
  list(): FrameworkResponse[] {
    return this.frameworks.list().map((f) => ({
      id: f.id,
      title: f.title,
      source: f.source,
      ...(f.note ? { note: f.note } : {}),
      themes: f.themes.map((t) => ({
        code: t.code,
        number: t.number,
        title: t.title,
        shortTitle: t.shortTitle,
        translations: { ...themeTranslations(f.id, t.code), ...(t.translations ?? {}) },
      })),
    }));
  }
}
