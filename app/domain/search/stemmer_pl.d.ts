// stemmer_pl ships no types: one default export, word → stem.
declare module "stemmer_pl" {
  export default function getStem(word: string): string;
}
