import type { Candidate, DetectContext } from '../detector';
import type { Lang } from '../types';
import { LabelSet, LabelWindows } from '../labelWords';
import type { NumberRun } from './numberRuns';
import type { IdDetector } from './types';

/** A detector ready to run under one jurisdiction and language. */
interface ArmedDetector {
  detector: IdDetector;
  labels: LabelSet | null;
  /** Index of `labels` in IdMatcher.labels, or -1. */
  labelIndex: number;
  /** Outside its jurisdiction and language: counts only next to its label words. */
  labelOnly: boolean;
}

/** Detectors by compact length, so each group sequence of a run is tried only against those that fit. */
export interface IdMatcher {
  byLength: ArmedDetector[][];
  /**
   * The detectors that can start in the middle of a run (after another digit group): only those
   * that may be part of a run and need no label, since a label never stands between two groups.
   */
  insideByLength: ArmedDetector[][];
  /** The distinct label sets of the armed detectors. */
  labels: LabelSet[];
  /**
   * Every label of those sets together: where none of them stands before a number, none of the sets needs
   * testing. Most numbers have no label, and this one test replaces a test per set.
   */
  anyLabel: LabelSet | null;
  maxLength: number;
  /** The fewest digits any armed detector accepts: runs with fewer are skipped. */
  minDigits: number;
}

/** Most identifiers have three digits at least; a detector says so when it takes fewer. */
const DEFAULT_MIN_DIGITS = 3;
const minDigitsOf = (detector: IdDetector) => detector.minDigits ?? DEFAULT_MIN_DIGITS;

const labelCache = new WeakMap<IdDetector, LabelSet>();
function labelsOf(detector: IdDetector): LabelSet | null {
  if (!detector.contextWords) return null;
  let labels = labelCache.get(detector);
  if (!labels) {
    labels = new LabelSet(detector.contextWords);
    labelCache.set(detector, labels);
  }
  return labels;
}

export function armDetectors(detectors: readonly IdDetector[], { jurisdiction, lang }: DetectContext): IdMatcher {
  const byLength: ArmedDetector[][] = [];
  const labels: LabelSet[] = [];
  const labelWords: Partial<Record<Lang, string[]>> = {};
  let maxLength = 0;
  let minDigits = DEFAULT_MIN_DIGITS;
  for (const detector of detectors) {
    const applies = detector.jurisdictions.includes('*') || detector.jurisdictions.includes(jurisdiction) || !!detector.langs?.includes(lang);
    const detectorLabels = labelsOf(detector);
    if (!applies && !detectorLabels) continue;
    let labelIndex = detectorLabels ? labels.indexOf(detectorLabels) : -1;
    if (detectorLabels && labelIndex < 0) {
      labelIndex = labels.push(detectorLabels) - 1;
      for (const [language, words] of Object.entries(detector.contextWords!) as Array<[Lang, readonly string[]]>) (labelWords[language] ??= []).push(...words);
    }
    const armed = { detector, labels: detectorLabels, labelIndex, labelOnly: !applies };
    minDigits = Math.min(minDigits, minDigitsOf(detector));
    for (const length of detector.lengths) {
      (byLength[length] ??= []).push(armed);
      maxLength = Math.max(maxLength, length);
    }
  }
  const insideByLength = byLength.map((armed) => armed.filter((a) => a.detector.partOfRun && !a.labels));
  return { byLength, insideByLength, labels, anyLabel: labels.length ? new LabelSet(labelWords) : null, maxLength, minDigits };
}

/**
 * Tries every sequence of consecutive groups of each run (up to the longest identifier) against the
 * detectors of its compact length. Offsets are in the normalised text.
 */
export function matchIds(text: string, runs: readonly NumberRun[], matcher: IdMatcher): Candidate[] {
  const found: Candidate[] = [];
  const windows = new LabelWindows(text);
  /** For the current start: 0 untested, 1 found, 2 absent; for any label (anyLabel), then per label set. */
  let anyLabelTested = 0;
  const labelTested = new Uint8Array(matcher.labels.length);
  function hasLabel({ labels, labelIndex }: ArmedDetector, start: number): boolean {
    if (!anyLabelTested) {
      const last = windows.lastWord(start);
      anyLabelTested = last !== undefined && !matcher.anyLabel!.mayEndWith(last) ? 2 : matcher.anyLabel!.test(windows.before(start)) ? 1 : 2;
      if (anyLabelTested === 1) labelTested.fill(0);
    }
    if (anyLabelTested === 2) return false;
    if (!labelTested[labelIndex]) labelTested[labelIndex] = labels!.test(windows.before(start)) ? 1 : 2;
    return labelTested[labelIndex] === 1;
  }
  for (const { groups, digits: runDigits } of runs) {
    if (runDigits < matcher.minDigits) continue;
    const last = groups.length - 1;
    // The run without separators, upper-cased, and where each group starts in it.
    let runCompact = '';
    const offsets = [0];
    for (const g of groups) {
      runCompact += text.slice(g.start, g.end).toUpperCase();
      offsets.push(runCompact.length);
    }
    for (let s = 0; s <= last; s++) {
      const start = groups[s]!.start;
      // A label stands right before its number, so never after another digit group of the run.
      const afterLetters = s === 0 || groups[s - 1]!.digits === 0;
      const startsWhole = afterLetters || groups[s]!.digits === 0;
      const byLength = startsWhole ? matcher.byLength : matcher.insideByLength;
      anyLabelTested = 0;
      let digits = 0;
      for (let e = s; e <= last; e++) {
        const group = groups[e]!;
        digits += group.digits;
        const length = offsets[e + 1]! - offsets[s]!;
        if (length > matcher.maxLength) break;
        const armed = byLength[length];
        if (!armed?.length || digits === 0) continue;
        const compact = runCompact.slice(offsets[s], offsets[e + 1]);
        const whole = startsWhole && (e === last || groups[e + 1]!.digits === 0 || group.digits === 0);
        for (const armedDetector of armed) {
          const { detector, labels, labelOnly } = armedDetector;
          if (runDigits < minDigitsOf(detector) || !(whole || detector.partOfRun)) continue;
          const alwaysLabelled = labelOnly || (labels !== null && !detector.needsContext);
          if (alwaysLabelled && !(afterLetters && hasLabel(armedDetector, start))) continue;
          if (!detector.pattern.test(compact) || !detector.validate(compact)) continue;
          const end = group.end;
          if (detector.written && !detector.written.test(text.slice(start, end))) continue;
          if (!alwaysLabelled && labels !== null && detector.needsContext!(text.slice(start, end)) && !(afterLetters && hasLabel(armedDetector, start))) continue;
          found.push({
            start,
            end,
            category: 'ID',
            ruleId: detector.id,
            reason: { key: detector.reasonKey },
            strength: detector.checksummed ? 'checksum' : detector.weak ? 'weak' : 'strong',
          });
        }
      }
    }
  }
  return found;
}
