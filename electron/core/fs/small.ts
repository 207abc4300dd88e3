import { promises as fs } from 'node:fs';

/** A file that is larger than its kind can be: refused before it is read into memory. */
export class FileTooLarge extends Error {
  constructor(
    readonly path: string,
    readonly size: number,
    readonly limit: number,
  ) {
    super(`${path} is ${size} bytes; at most ${limit} are read.`);
    this.name = 'FileTooLarge';
  }
}

/** Read a whole text file of a kind that is small by nature (a header, a marker), refusing a larger one before allocating. */
export async function readSmallText(path: string, maxBytes: number): Promise<string> {
  const handle = await fs.open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new FileTooLarge(path, size, maxBytes);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
