import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, Roles } from '../common/auth/decorators';
import { AuditService, decodeCursor } from './audit.service';
import { AuditEntryResponse, AuditPageResponse } from './dto/audit-entry-response.dto';
import { AuditQueryDto } from './dto/audit-query.dto';
import { InvalidInput, NotAllowed } from '../common/errors';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @ApiOperation({ summary: 'The audit trail (paged, filterable)' })
  @Get()
  @Roles('secretariat')
  @ApiOkResponse({ type: AuditPageResponse })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: AuditQueryDto,
  ): Promise<AuditPageResponse> {
    // A secretariat accredited to one conference sees that conference's log only.
    const conferenceId = actor.conferenceId ?? query.conferenceId;
    if (actor.conferenceId && query.conferenceId && query.conferenceId !== actor.conferenceId) {
      throw new NotAllowed('You can only read the audit log of your conference');
    }
    if (query.cursor && !decodeCursor(query.cursor))
      throw new InvalidInput(['cursor is not valid']);
    const page = await this.audit.list({
      conferenceId,
      limit: query.limit ?? 50,
      cursor: query.cursor,
    });
    return {
      items: page.items.map((e) => AuditEntryResponse.from(e)),
      nextCursor: page.nextCursor,
    };
  }
}
