// Writes extension/icons/icon-N.png: a rounded blue square with a white check, drawn pixel by pixel
// (no image tooling needed). Run once; the PNGs are committed.
import { crc32, deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function icon(size) {
  const rows = [];
  const r = size * 0.22;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const cx = Math.min(Math.max(x + 0.5, r), size - r);
      const cy = Math.min(Math.max(y + 0.5, r), size - r);
      const inside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r;
      // check mark: two strokes
      const u = (x + 0.5) / size, v = (y + 0.5) / size;
      const d1 = Math.abs(v - (u * 1.0 + 0.32)) < 0.09 && u > 0.22 && u < 0.44;
      const d2 = Math.abs(v - (-u * 1.15 + 1.25)) < 0.09 && u > 0.40 && u < 0.80;
      if (!inside) row.push(0, 0, 0, 0);
      else if (d1 || d2) row.push(255, 255, 255, 255);
      else row.push(35, 131, 226, 255);
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
mkdirSync('extension/icons', { recursive: true });
for (const s of [16, 32, 48, 128]) writeFileSync(`extension/icons/icon-${s}.png`, icon(s));
