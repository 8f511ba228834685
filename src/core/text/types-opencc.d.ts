// opencc-js ships types for its core and presets but not for the single dictionary files we import
// (reaching past the preset keeps the bundle to the two Traditional→Simplified tables).
// Each dictionary module's default export is the serialised "source target|source target" string.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
