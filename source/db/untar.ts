import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';

const field = (block: Buffer, start: number, length: number) => {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8');
};

/**
 * Unpacks a gzip tarball of a data directory (PGlite's dumpDataDir: directories and regular files)
 * into `dir`, which must not exist yet. Entries that would land outside `dir` are refused.
 */
export function extractTarGz(data: Uint8Array, dir: string): void {
  const tar = gunzipSync(data);
  mkdirSync(dir, {recursive: true, mode: 0o700});
  let longName: string | undefined;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = field(body, 0, body.length);
      continue;
    }
    const prefix = field(header, 345, 155);
    const name =
      longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = undefined;
    const target = path.resolve(dir, `.${path.posix.normalize(`/${name}`)}`);
    if (target !== dir && !target.startsWith(`${dir}${path.sep}`)) {
      throw new Error(`tarball entry ${name} points outside the data directory`);
    }
    if (type === '5') mkdirSync(target, {recursive: true, mode: 0o700});
    else if (type === '0' || type === '\0') {
      mkdirSync(path.dirname(target), {recursive: true, mode: 0o700});
      writeFileSync(target, body, {mode: 0o600});
    }
    // Anything else (pax headers, links) does not occur in a PGlite dump and is skipped.
  }
}
