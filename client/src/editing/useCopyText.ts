import { useState, type RefObject } from 'react';

/** What the last Copy did: copied, or (no clipboard) selected the words for the user to copy. */
export type CopyOutcome = 'copied' | 'selected' | null;

/**
 * Copy for words someone must not lose: to the clipboard, or, where there is none (plain http on
 * the network, permission refused), by selecting them in `field` for Ctrl+C.
 */
export function useCopyText(field: RefObject<HTMLTextAreaElement | null>): { outcome: CopyOutcome; copy(text: string): Promise<void> } {
  const [outcome, setOutcome] = useState<CopyOutcome>(null);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setOutcome('selected');
    }
  };
  return { outcome, copy };
}
