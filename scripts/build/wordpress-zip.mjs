/**
 * Builds dist/letopis-wordpress.zip: the WordPress plugin of
 * integrations/wordpress/letopis with dist/letopis.js and its chunks (the
 * files dist/letopis-files.txt names) inside, installable
 * as is (Plugins → Add New → Upload). Run at the end of `npm run build`.
 *
 * No zip library is among the dependencies (only extract-zip, a reader), so
 * `zipFiles` below writes the container itself: local headers, deflated data
 * (node:zlib), a central directory; UTF-8 names, a fixed date, no extras.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

/** CRC-32 (the ZIP polynomial), table-driven. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** 2020-01-01 00:00 in MS-DOS time: the same input makes the same zip. */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

/**
 * A ZIP archive of `files` (`{ name, data }`, names with `/`), each deflated
 * (stored when deflating does not make it smaller).
 * @param {{ name: string, data: Buffer }[]} files
 * @returns {Buffer}
 */
export function zipFiles(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const head = (signature, size) => {
      const h = Buffer.alloc(size);
      h.writeUInt32LE(signature, 0);
      return h;
    };
    // The fields both headers share, from "version needed" on.
    const common = (h, at) => {
      h.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
      h.writeUInt16LE(0x0800, at + 2); // flags: names are UTF-8
      h.writeUInt16LE(stored ? 0 : 8, at + 4); // method
      h.writeUInt16LE(DOS_TIME, at + 6);
      h.writeUInt16LE(DOS_DATE, at + 8);
      h.writeUInt32LE(crc, at + 10);
      h.writeUInt32LE(body.length, at + 14);
      h.writeUInt32LE(data.length, at + 18);
      h.writeUInt16LE(nameBytes.length, at + 22);
      h.writeUInt16LE(0, at + 24); // extra length
    };
    const local = head(0x04034b50, 30);
    common(local, 4);
    locals.push(local, nameBytes, body);
    const central = head(0x02014b50, 46);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    common(central, 6);
    // comment length, disk number, internal attributes: 0; external: a regular file, rw-r--r--.
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Every file under `dir`, as paths relative to it, sorted. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

/**
 * letopis.js and its chunks: the files dist/letopis-files.txt names (the
 * standalone build writes it; test/tooling/standalone-files.test.mjs proves it
 * complete), so the zip holds exactly what an integrator copies.
 */
export function bundleFiles(dist) {
  return readFileSync(join(dist, 'letopis-files.txt'), 'utf8').split('\n').filter(Boolean);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const plugin = join(root, 'integrations/wordpress/letopis');
  const dist = join(root, 'dist');
  const files = [
    ...filesUnder(plugin).map((path) => ({ name: `letopis/${path}`, data: readFileSync(join(plugin, path)) })),
    ...bundleFiles(dist).map((file) => ({ name: `letopis/${file}`, data: readFileSync(join(dist, file)) })),
  ];
  const out = join(dist, 'letopis-wordpress.zip');
  const zip = zipFiles(files);
  writeFileSync(out, zip);
  console.log(`${relative(root, out)}: ${files.length} files, ${zip.length} B`);
}
