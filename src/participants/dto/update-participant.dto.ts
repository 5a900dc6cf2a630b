import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { CreateParticipantDto } from './create-participant.dto';

export class UpdateParticipantDto extends PartialType(
  OmitType(CreateParticipantDto, ['email', 'conferenceId'] as const),
) {
  @ApiPropertyOptional({
    description: 'false deactivates the participant: their tokens and sockets stop working at once',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
