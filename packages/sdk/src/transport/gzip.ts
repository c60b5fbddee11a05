/** Whether this browser can gzip request bodies (`CompressionStream`). */
export const canGzip = (): boolean => typeof CompressionStream === 'function';

/** Gzips a string into bytes with the browser's native `CompressionStream`. */
export async function gzip(text: string): Promise<ArrayBuffer> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}
