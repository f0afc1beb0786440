import { useCallback, useEffect, useRef, useState } from 'react';
import type { BudgetedResult } from '../lib/checkBudget';
import { MAX_TEXT, sendRequest } from '../lib/messages';
import { CHECK_DEBOUNCE_MS } from '../lib/page/fieldSession';

/** A check result together with the exact input it answers, so offsets always match the text shown. */
export interface Checked {
  text: string;
  inReplyTo: string;
  /** checkedChars is set when the text was longer than the check budget and only its start was checked. */
  result: BudgetedResult;
}

export type CheckProblem = 'tooLong' | 'failed';

export interface LiveCheck {
  checked: Checked | undefined;
  problem: CheckProblem | undefined;
  /** The result for exactly the current input, checking it now if the last answer is stale. */
  current(): Promise<Checked | undefined>;
}

/**
 * Checks text (and the message it answers) through the background as the user types, debounced.
 * Answers that arrive after the input changed are dropped. Nothing is stored: the text lives in
 * React state and in the one message to the background.
 */
export function useLiveCheck(text: string, inReplyTo: string): LiveCheck {
  const [checked, setChecked] = useState<Checked>();
  const [problem, setProblem] = useState<CheckProblem>();
  const generation = useRef(0);

  const run = useCallback(async (input: { text: string; inReplyTo: string }): Promise<Checked | undefined> => {
    const mine = ++generation.current;
    if (!input.text.trim()) {
      setChecked(undefined);
      setProblem(undefined);
      return undefined;
    }
    if (input.text.length > MAX_TEXT || input.inReplyTo.length > MAX_TEXT) {
      setChecked(undefined);
      setProblem('tooLong');
      return undefined;
    }
    try {
      const result = await sendRequest<'check'>({ type: 'check', text: input.text, inReplyTo: input.inReplyTo || undefined });
      const answer = { ...input, result };
      if (mine === generation.current) {
        setChecked(answer);
        setProblem(undefined);
      }
      return answer;
    } catch {
      if (mine === generation.current) {
        setChecked(undefined);
        setProblem('failed');
      }
      return undefined;
    }
  }, []);

  // Debounced: each keystroke replaces the pending check.
  useEffect(() => {
    const timer = setTimeout(() => void run({ text, inReplyTo }), CHECK_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [run, text, inReplyTo]);

  const current = useCallback(async () => {
    if (checked && checked.text === text && checked.inReplyTo === inReplyTo) return checked;
    return run({ text, inReplyTo });
  }, [checked, inReplyTo, run, text]);

  return { checked, problem, current };
}
