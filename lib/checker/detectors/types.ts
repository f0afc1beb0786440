import type { Analysis } from '../analysis';
import type { Candidate } from '../detector';

/** What word-based detectors know about the draft besides its words. */
export interface TextContext {
  /** The draft answers a message (inReplyTo given) or opens by addressing someone (@handle, "Hi Maria"). */
  isReply: boolean;
  /**
   * The text reads as a clinical note about someone else: a patient reference or care events
   * ("admitted", "ingresa", "a été opéré") together with health terms. Dates and ages in it are the patient's.
   */
  clinical: boolean;
  /**
   * The writer speaks of their own health ("27 haziran'da ateşim çıktı, hastaneye gittim"): their dates
   * and ages are their own to share, so only explicit cues (a date of birth) count.
   */
  selfReport: boolean;
  /** Ages above this are reported even without context (HIPAA: over 89); 0 when none are (jurisdiction preset). */
  oldAge: number;
  /** A year on its own is not an identifier (HIPAA Safe Harbor keeps years; jurisdiction preset). */
  yearAloneAllowed: boolean;
}

/** A detector that works on the analysed words of the text (names, dates, health terms...). */
export type TextDetector = (a: Analysis, context: TextContext) => Candidate[];
