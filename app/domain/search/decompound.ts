// German compounds, in both directions: "Mietschulden" is rent ("Miete") plus
// debts ("Schulden"), so a search for it also finds debt counselling, and a
// search for "Schulden" finds "Schuldnerberatung". A word is split into words
// the directory itself uses (its vocabulary), joined by the usual linking
// elements (Fugen: -s-, -es-, -n-, -en-, -er-, -e-, -ns-). The parts are
// indexed beside the compound and looked up beside the query word.
//
// Dictionary-based splitting with the fewest parts is the classic approach
// (Koehn & Knight 2003, "Empirical methods for compound splitting"); the
// vocabulary here is the directory's own German text, so the splitter knows
// every word that can be found and nothing else.

/** Linking elements between two parts, longest first. */
const LINKS = ["ens", "es", "ns", "en", "er", "s", "n", "e", ""];
/** Inflection endings the last part may carry ("Zuschlags" → "Zuschlag"). */
const ENDINGS = ["", "s", "es", "n", "en", "e", "er", "ern", "nen"];

export const MIN_PART = 4;
const MAX_WORD = 48;

interface Split {
  cost: number;
  parts: string[];
}

const PART_COST = 10;
const LINK_COST = 1;
const ENDING_COST = 0.1;

/**
 * Split a folded, lower-cased word into at least two known parts of MIN_PART
 * or more letters, with the fewest parts (then the fewest linking elements).
 * Returns null when the word is not a compound of known words.
 */
export function splitCompound(word: string, vocabulary: ReadonlySet<string>): string[] | null {
  if (word.length < 2 * MIN_PART || word.length > MAX_WORD || !/^\p{L}+$/u.test(word)) return null;
  const memo = new Map<number, Split | null>();

  // Best split of word[start..].
  const best = (start: number): Split | null => {
    if (memo.has(start)) return memo.get(start) ?? null;
    let result = null as Split | null;
    const consider = (candidate: Split) => {
      if (!result || candidate.cost < result.cost) result = candidate;
    };
    for (let end = start + MIN_PART; end <= word.length; end++) {
      const piece = word.slice(start, end);
      if (!vocabulary.has(piece)) continue;
      // The last piece (never the whole word), possibly with an inflection
      // ending; the longer piece wins a tie ("schulden", not "schuld" + "en").
      const ending = word.slice(end);
      if (start > 0 && ENDINGS.includes(ending)) {
        consider({ cost: PART_COST + ENDING_COST * ending.length, parts: [piece] });
      }
      // Or a linking element and more parts follow.
      for (const link of LINKS) {
        const next = end + link.length;
        if (word.length - next < MIN_PART || word.slice(end, next) !== link) continue;
        const tail = best(next);
        if (tail) {
          consider({
            cost: PART_COST + (link ? LINK_COST : 0) + tail.cost,
            parts: [piece, ...tail.parts],
          });
        }
      }
    }
    memo.set(start, result);
    return result;
  };

  const split = best(0);
  return split && split.parts.length >= 2 ? split.parts : null;
}
