/** supertest `.parse(binaryBody)`: collect a binary response body as a Buffer. */
export const binaryBody = ((res: NodeJS.ReadableStream, done: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}) as never;
