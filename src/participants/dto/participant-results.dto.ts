import { ApiProperty } from '@nestjs/swagger';
import type {
  CreatedParticipantView,
  InputProblem,
  ImportResultView,
  ParticipantPageView,
} from '#contract';
import { InputProblem as InputProblemSchema } from '../../common/http/api-errors';
import { ParticipantResponse } from './participant-response.dto';

export class CreatedParticipantResponse
  extends ParticipantResponse
  implements CreatedParticipantView
{
  @ApiProperty({ description: 'One-time access code (the password); shown only now' })
  accessCode: string;
}

export class ParticipantPage implements ParticipantPageView {
  @ApiProperty({ type: [ParticipantResponse] }) items: ParticipantResponse[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

export class ImportLineError {
  @ApiProperty({ description: 'Line number in the CSV file (the header is line 1)' }) line: number;
  @ApiProperty() message: string;
  @ApiProperty({
    type: [InputProblemSchema],
    description:
      'The problems of the line: field, rule (a validation rule, duplicateInFile, alreadyExists), params, message',
  })
  problems: InputProblem[];
}

export class ImportAccessCode {
  @ApiProperty() email: string;
  @ApiProperty() accessCode: string;
}

export class ParticipantImportResult implements ImportResultView {
  @ApiProperty() created: number;
  @ApiProperty() skipped: number;
  @ApiProperty({ type: [ImportLineError] }) errors: ImportLineError[];
  @ApiProperty({ type: [ImportAccessCode] }) accessCodes: ImportAccessCode[];
}
