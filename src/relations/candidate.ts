// What a pattern proposes before modality, attribution and confidence are settled: two arguments, a predicate
// and the trigger tokens that carry it.
import type { SpeechContext } from "./attribution.js";
import type { Arg } from "./sentence.js";

export interface Candidate {
  subject: Arg;
  object: Arg;
  predicate: string;
  /** Trigger tokens `[start, end)` in `AnalyzedText.tokens`. */
  trigger: [number, number];
  negated: boolean;
  hedged: boolean;
  /** Whether the reported-speech context around it applies (not to titles such as "Kremlin spokesman X"). */
  reportable: boolean;
  /** Pattern-specific factor on the predicate's reliability (weaker evidence → lower). */
  weight: number;
  /** Read off the dependency tree: who reports it (null: nobody the tree shows), its modality already folded into
   *  `negated`/`hedged`. Absent for the patterns that read no tree. */
  speech?: SpeechContext | null;
}
