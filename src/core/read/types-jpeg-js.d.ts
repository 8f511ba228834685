declare module 'jpeg-js' {
  export function decode(
    data: Uint8Array,
    options: { useTArray: true; formatAsRGBA?: boolean; maxResolutionInMP?: number; maxMemoryUsageInMB?: number },
  ): { width: number; height: number; data: Uint8Array };
  export function encode(image: { width: number; height: number; data: Uint8Array }, quality: number): { data: Uint8Array };
}
