import { IsInt, IsUUID, Max, Min } from 'class-validator';

/** Draft room messages, validated like every socket message (whitelist, forbidNonWhitelisted). */
export class DraftMessage {
  @IsUUID()
  draftId: string;
}

export class DraftSyncMessage extends DraftMessage {
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  sinceSeq: number;
}
