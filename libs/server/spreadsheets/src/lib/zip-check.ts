/**
 * A look at a ZIP file's central directory before anything unpacks it: which entries it has
 * and how large they say they are unpacked. Cheap (no inflating), so a "zip bomb" — a small
 * upload that unpacks to gigabytes — is refused before it costs memory. Pure.
 */

export interface ZipEntry {
  name: string;
  unpackedSize: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_LENGTH = 22;
const ENTRY_HEADER_LENGTH = 46;
const MAX_COMMENT = 0xffff;

/**
 * The entries of a ZIP file, or undefined when its central directory cannot be read (a
 * truncated or damaged file, or a ZIP64 archive, which no spreadsheet of our size needs).
 */
export function zipEntries(buffer: Buffer): ZipEntry[] | undefined {
  const end = findEndRecord(buffer);
  if (end === undefined) return undefined;
  const count = buffer.readUInt16LE(end + 10);
  const size = buffer.readUInt32LE(end + 12);
  let offset = buffer.readUInt32LE(end + 16);
  if (offset + size > end) return undefined;
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + ENTRY_HEADER_LENGTH > end || buffer.readUInt32LE(offset) !== DIRECTORY_ENTRY) return undefined;
    const unpackedSize = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    if (unpackedSize === 0xffffffff) return undefined;
    const nameStart = offset + ENTRY_HEADER_LENGTH;
    if (nameStart + nameLength > end) return undefined;
    entries.push({ name: buffer.toString('utf8', nameStart, nameStart + nameLength), unpackedSize });
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-central-directory record sits in the last 22 bytes plus an optional comment. */
function findEndRecord(buffer: Buffer): number | undefined {
  const last = buffer.length - END_RECORD_LENGTH;
  for (let i = last; i >= 0 && i >= last - MAX_COMMENT; i--) {
    if (buffer.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return undefined;
}
