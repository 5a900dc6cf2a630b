import { Controller, Get } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/decorators';
import { Unavailable } from '../common/errors';

class HealthResponse {
  @ApiProperty({ example: 'ok' }) status: 'ok';
  @ApiProperty({ example: 'better-sqlite3' }) database: string;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** For load balancers and operators: 200 once the database answers and every migration is applied. */
  @Public()
  @ApiOperation({ summary: 'Readiness: the database answers and every migration is applied' })
  @Get()
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ description: 'database unreachable or migrations pending' })
  async check(): Promise<HealthResponse> {
    try {
      await this.dataSource.query('SELECT 1');
      if (await this.dataSource.showMigrations()) throw new Error('migrations pending');
    } catch (error) {
      throw new Unavailable(
        `not ready: ${error instanceof Error ? error.message : 'database error'}`,
      );
    }
    return { status: 'ok', database: this.dataSource.options.type };
  }
}
