// subset-font ships no types: the one call this project makes (harfbuzz's hb-subset, as WebAssembly).
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' }): Promise<Buffer>;
}
