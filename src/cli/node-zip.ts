/**
 * A zip writer on Node's native zlib (deflate in the thread pool, CRC-32 native): the
 * package format of ECMA-376 Part 2 is a plain zip, local headers then a central directory.
 * UTF-8 names (flag bit 11); no zip64 (parts and packages stay far below 4 GB).
 */
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import type { ZipEntries, ZipWriter } from '../workbook/zip';

const deflate = promisify(deflateRaw);

export const nodeZip: ZipWriter = async (entries: ZipEntries) => {
  const names = [...entries.keys()];
  const datas = names.map((n) => entries.get(n)!);
  const packed = await Promise.all(datas.map((d) => deflate(d, { level: 6 })));
  // 1980-01-01 00:00: a fixed timestamp keeps the output the same for the same input.
  const time = 0;
  const date = (0 << 9) | (1 << 5) | 1;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  names.forEach((name, i) => {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(datas[i]) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed[i].length, 18);
    local.writeUInt32LE(datas[i].length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed[i].length, 20);
    central.writeUInt32LE(datas[i].length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed[i]);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed[i].length;
  });
  const centralSize = centrals.reduce((a, b) => a + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
};
