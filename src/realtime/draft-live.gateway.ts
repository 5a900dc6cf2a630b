import { ConnectedSocket, MessageBody, WebSocketGateway } from '@nestjs/websockets';
import { AnyParticipant } from '../common/auth/decorators';
import { LIVE_NAMESPACE } from '#contract';
import { DraftMessage, DraftSyncMessage } from './dto/draft-messages';
import { DraftSnapshots } from './draft-snapshots';
import { LiveMessages } from './live-messages';
import { LiveMessage, type LiveSocket } from './live-socket';
import { draftRoom } from './room';

/**
 * The draft rooms on `/live` (the handshake and the socket's life are LiveGateway's). The same
 * rules as a session's room: the socket enters a draft's room only once its participant may read
 * the draft, joins before the snapshot is read (so no event falls between), and resyncs from the
 * draft's own sequence numbers.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class DraftLiveGateway {
  constructor(
    private readonly messages: LiveMessages,
    private readonly snapshots: DraftSnapshots,
  ) {}

  @LiveMessage('draft:join')
  @AnyParticipant('drafts of the participant’s conference')
  join(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.messages.handle(socket, DraftMessage, body, async (actor, { draftId }) => {
      await this.snapshots.assertVisible(actor, draftId);
      await socket.join(draftRoom(draftId));
      try {
        return await this.snapshots.snapshot(actor, draftId);
      } catch (error) {
        await socket.leave(draftRoom(draftId));
        throw error;
      }
    });
  }

  @LiveMessage('draft:leave')
  @AnyParticipant('the participant’s own socket')
  leave(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.messages.handle(socket, DraftMessage, body, async (_actor, { draftId }) => {
      await socket.leave(draftRoom(draftId));
      return null;
    });
  }

  @LiveMessage('draft:sync')
  @AnyParticipant('drafts of the participant’s conference')
  sync(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.messages.handle(socket, DraftSyncMessage, body, (actor, { draftId, sinceSeq }) =>
      this.snapshots.sync(actor, draftId, sinceSeq),
    );
  }
}
