import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { fanoutKinds, type FanoutKind, type FanoutMessage } from './BoardFanout';

/** Protocol version byte: an instance running another version's messages ignores them. */
const VERSION = 1;
const MAX_PARTS = 8;

/** Encodes a message as bytes (version, kind, from, to, parts). */
export function encodeFanoutMessage(message: FanoutMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, VERSION);
  encoding.writeUint8(encoder, fanoutKinds.indexOf(message.kind));
  encoding.writeVarString(encoder, message.from);
  encoding.writeVarString(encoder, message.to ?? '');
  encoding.writeVarUint(encoder, message.parts.length);
  for (const part of message.parts) encoding.writeVarUint8Array(encoder, part);
  return encoding.toUint8Array(encoder);
}

/** Decodes a message; returns null for anything malformed, truncated or of another version. */
export function decodeFanoutMessage(bytes: Uint8Array): FanoutMessage | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readUint8(decoder) !== VERSION) return null;
    const kind: FanoutKind | undefined = fanoutKinds[decoding.readUint8(decoder)];
    if (!kind) return null;
    const from = decoding.readVarString(decoder);
    const to = decoding.readVarString(decoder);
    const count = decoding.readVarUint(decoder);
    if (from === '' || count > MAX_PARTS) return null;
    const parts: Uint8Array[] = [];
    for (let i = 0; i < count; i++) parts.push(decoding.readVarUint8Array(decoder));
    if (decoding.hasContent(decoder)) return null;
    return { kind, from, to: to === '' ? null : to, parts };
  } catch {
    return null;
  }
}
