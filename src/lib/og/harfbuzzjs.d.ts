// The small part of harfbuzzjs (untyped CommonJS) that the text measurer uses.
declare module 'harfbuzzjs' {
  interface HbBlob {
    destroy(): void;
  }
  interface HbFace {
    upem: number;
    collectUnicodes(): Uint32Array;
    destroy(): void;
  }
  interface HbFont {
    setScale(x: number, y: number): void;
    destroy(): void;
  }
  interface HbGlyph {
    g: number;
    cl: number;
    ax: number;
    ay: number;
    dx: number;
    dy: number;
  }
  interface HbBuffer {
    addText(text: string): void;
    guessSegmentProperties(): void;
    json(): HbGlyph[];
    destroy(): void;
  }
  export interface HarfBuzz {
    createBlob(data: ArrayBufferLike | Uint8Array): HbBlob;
    createFace(blob: HbBlob, index: number): HbFace;
    createFont(face: HbFace): HbFont;
    createBuffer(): HbBuffer;
    shape(font: HbFont, buffer: HbBuffer, features?: string): void;
  }
  const ready: Promise<HarfBuzz>;
  export default ready;
}
