import { IsInt, IsUUID, Max, Min } from 'class-validator';
import type { MessageBodyOf } from '../live-socket';

/** Draft room messages, validated like every socket message (whitelist, forbidNonWhitelisted). */
export class DraftMessage implements MessageBodyOf<'draft:join'>, MessageBodyOf<'draft:leave'> {
  @IsUUID()
  draftId: string;
}

export class DraftSyncMessage extends DraftMessage implements MessageBodyOf<'draft:sync'> {
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  sinceSeq: number;
}
