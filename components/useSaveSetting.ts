import { useState } from 'react';
import { SettingsError, updateUserSetting } from '../lib/policy/userSettings';
import type { PolicyProblem } from '../lib/policy/validate';

/** Saves one user setting; keeps the problems of the last refused save to show beside the form. */
export function useSaveSetting(): [(path: string, value: unknown) => Promise<void>, PolicyProblem[]] {
  const [problems, setProblems] = useState<PolicyProblem[]>([]);
  const save = async (path: string, value: unknown) => {
    try {
      await updateUserSetting(path, value);
      setProblems([]);
    } catch (err) {
      setProblems(err instanceof SettingsError ? err.problems : [{ source: 'user', path, reason: { key: 'policy_error_storage', values: { detail: String(err) } } }]);
    }
  };
  return [save, problems];
}
