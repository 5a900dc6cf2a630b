import { randomBytes } from 'node:crypto';
import { Decoder, Encoder, protocol } from 'socket.io-parser';

/**
 * JSON text sent as it is: a snapshot shared by every socket that joins a session at one `seq`
 * is serialised once (SnapshotCache), not once per socket by socket.io's encoder.
 */
export class RawJson<T = unknown> {
  /** Only for the type: what the text decodes to on the client. */
  declare readonly decodesTo?: T;

  constructor(readonly json: string) {}
}

/** Unguessable, so no text a participant wrote can pass for a placeholder. */
const PLACEHOLDER = `raw-json-${randomBytes(12).toString('hex')}-`;
const PLACEHOLDER_PATTERN = new RegExp(`"${PLACEHOLDER}(\\d+)"`, 'g');

/** The texts of the packet being encoded now: encoding is synchronous, one packet at a time. */
let raws: string[] = [];

function replacer(_key: string, value: unknown): unknown {
  return value instanceof RawJson ? `${PLACEHOLDER}${raws.push(value.json) - 1}` : value;
}

/**
 * socket.io-parser's encoder, with RawJson values spliced in as their text. The wire format is
 * socket.io's own, so every client decodes it with the default parser. A RawJson stands in the
 * packet as a placeholder string while socket.io stringifies the rest (the acknowledgement's
 * `{ok, data}` included), then the placeholder is replaced by the text, which is never parsed
 * again nor walked by JSON.stringify.
 */
class RawJsonEncoder extends Encoder {
  constructor() {
    super(replacer);
  }

  override encode(packet: Parameters<Encoder['encode']>[0]): unknown[] {
    raws = [];
    try {
      const encoded = super.encode(packet);
      if (raws.length === 0 || typeof encoded[0] !== 'string') return encoded;
      const texts = raws;
      encoded[0] = encoded[0].replace(
        PLACEHOLDER_PATTERN,
        (_match, index: string) => texts[+index],
      );
      return encoded;
    } finally {
      raws = [];
    }
  }
}

/** The socket.io `parser` option (the same on every instance; clients keep the default one). */
export const rawJsonParser = { protocol, Encoder: RawJsonEncoder, Decoder };
