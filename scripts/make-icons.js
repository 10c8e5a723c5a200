#!/usr/bin/env node
/**
 * Draws the add-in's ribbon and store icons (assets/icon-16.png, -32, -64, -80) with no image library:
 * a green tile with three rising bars and a balance line, the S&OP picture of demand meeting supply.
 *
 * The PNGs are committed; run `node scripts/make-icons.js` again only to change the drawing.
 * Written by hand (RGBA scanlines, zlib deflate, CRC-32 per chunk) so the build needs no extra package.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const OUT_DIR = path.resolve(__dirname, "..", "assets");

// Excel's green, a white for the bars, and amber for the supply line.
const TILE = [33, 115, 70, 255];
const BAR = [255, 255, 255, 255];
const LINE = [255, 199, 44, 255];
const CLEAR = [0, 0, 0, 0];

/** CRC-32 (ISO 3309, the polynomial PNG chunks use). */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes an RGBA pixel function as a PNG file (8-bit RGBA, no interlace, filter 0 on every row). */
function encodePng(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  let o = 0;
  for (let y = 0; y < size; y++) {
    raw[o++] = 0; // filter type: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw[o++] = r;
      raw[o++] = g;
      raw[o++] = b;
      raw[o++] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The drawing, in unit coordinates (0..1) so every size is the same picture. */
function iconPixel(size) {
  const radius = Math.max(2, Math.round(size * 0.18));
  const inTile = (x, y) => {
    // Rounded corners: outside the quarter circles at each corner is transparent.
    const cx = x < radius ? radius - 0.5 : x > size - 1 - radius ? size - radius - 0.5 : x;
    const cy = y < radius ? radius - 0.5 : y > size - 1 - radius ? size - radius - 0.5 : y;
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  // Three bars of rising height (demand over three months) ...
  const bars = [
    { x0: 0.2, x1: 0.34, top: 0.55 },
    { x0: 0.43, x1: 0.57, top: 0.4 },
    { x0: 0.66, x1: 0.8, top: 0.25 },
  ];
  const bottom = 0.8;
  // ... and a level supply line across them.
  const lineY = 0.47;
  const lineHalf = Math.max(0.5, size * 0.04) / size;
  return (x, y) => {
    if (!inTile(x, y)) return CLEAR;
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    if (Math.abs(v - lineY) <= lineHalf && u >= 0.14 && u <= 0.86) return LINE;
    for (const b of bars) if (u >= b.x0 && u <= b.x1 && v >= b.top && v <= bottom) return BAR;
    return TILE;
  };
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT_DIR, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, iconPixel(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, crc32, SIZES };
