import { crc32, inflateSync } from 'node:zlib';

/**
 * Decodes an 8-bit RGB or RGBA, non-interlaced PNG to RGBA, strictly: signature, every chunk's
 * CRC, the zlib stream (inflateSync checks its adler32) and the filter bytes. Faster than pngjs
 * on the 120-megapixel exports, and it fails loudly on anything a browser might tolerate.
 */
export function decodePngPixels(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  if (!png.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))) throw new Error('not a PNG signature');
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  let ended = false;
  while (pos < png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + length);
    if (crc32(png.subarray(pos + 4, pos + 8 + length)) !== png.readUInt32BE(pos + 8 + length)) throw new Error(`bad CRC in ${type} chunk at ${pos}`);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      if (depth !== 8 || interlace !== 0 || (colour !== 6 && colour !== 2)) throw new Error(`unsupported IHDR depth ${depth} colour ${colour} interlace ${interlace}`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      ended = true;
      break;
    }
    pos += 12 + length;
  }
  if (!ended || channels === 0) throw new Error('missing IHDR or IEND');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length !== height * (stride + 1)) throw new Error(`inflated ${raw.length} bytes, expected ${height * (stride + 1)}`);
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const up = row - stride;
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? out[row + i - channels]! : 0;
      const b = y > 0 ? out[up + i]! : 0;
      const c = i >= channels && y > 0 ? out[up + i - channels]! : 0;
      let predictor: number;
      if (filter === 0) predictor = 0;
      else if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else throw new Error(`bad filter ${filter} on row ${y}`);
      out[row + i] = (raw[src + i]! + predictor) & 255;
    }
  }
  if (channels === 4) return { width, height, rgba: out };
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0, q = 0; p < out.length; p += 3, q += 4) {
    rgba[q] = out[p]!;
    rgba[q + 1] = out[p + 1]!;
    rgba[q + 2] = out[p + 2]!;
    rgba[q + 3] = 255;
  }
  return { width, height, rgba };
}
