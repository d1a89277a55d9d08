import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlayStep } from '@gapboard/shared';
import { stepInfo, type PanelId } from './playSteps';

/** The side panels' container: focus inside it is work in a panel. */
const SIDE = '.side';

/** Inputs that take no typing: focus on them holds no half-written words. */
const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image']);

/** Someone is writing in a side panel field (text, number, date… or an editable element). */
export function isTypingInPanel(active: Element | null): boolean {
  if (!(active instanceof HTMLElement) || !active.closest(SIDE)) return false;
  if (active instanceof HTMLTextAreaElement) return true;
  if (active instanceof HTMLInputElement) return !NOT_TYPED.has(active.type);
  return active.isContentEditable;
}

export interface StepPanelFollow {
  /** The side panel shown. */
  panel: PanelId;
  /** The user picks a panel (a tab, a link): that is where they stay. */
  choosePanel(panel: PanelId): void;
  /** A step the facilitator moved to whose panel waits for the user to finish typing; null when none. */
  waitingStep: PlayStep | null;
  /** Opens the waiting step's panel now. */
  goToStep(): void;
}

/**
 * The side panel, following the facilitator's step (`follow`) to that step's panel. A move never
 * pulls the panel from under someone typing in it: the switch waits (`waitingStep`, for a "the
 * facilitator moved on" hint) until they act outside the side panels (the canvas, the top bar),
 * open it themselves, or pick a panel. Moving within the panel (to its Save button, another
 * field) does not count: the panel must not vanish under that click.
 */
export function useStepPanel(step: PlayStep, follow: boolean): StepPanelFollow {
  const [panel, setPanel] = useState<PanelId>('step');
  const [waitingStep, setWaitingStep] = useState<PlayStep | null>(null);
  const panelRef = useRef(panel);
  panelRef.current = panel;
  const waitingRef = useRef(waitingStep);
  waitingRef.current = waitingStep;

  useEffect(() => {
    const next = stepInfo(step).panel;
    if (!follow || next === panelRef.current) {
      setWaitingStep(null);
      return;
    }
    if (isTypingInPanel(document.activeElement)) {
      setWaitingStep(step);
      return;
    }
    // Panel fields save as they lose focus (a select, a date picker): let that happen before the
    // panel goes.
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.closest(SIDE)) active.blur();
    setWaitingStep(null);
    setPanel(next);
  }, [step, follow]);

  const goToStep = useCallback(() => {
    const waiting = waitingRef.current;
    if (!waiting) return;
    waitingRef.current = null;
    setWaitingStep(null);
    setPanel(stepInfo(waiting).panel);
  }, []);

  useEffect(() => {
    if (!waitingStep) return;
    const outside = (e: Event) => {
      if (!(e.target instanceof Element) || !e.target.closest(SIDE)) goToStep();
    };
    // Focus moving elsewhere (keyboard too), or a press on something that takes none.
    document.addEventListener('focusin', outside);
    document.addEventListener('pointerdown', outside);
    return () => {
      document.removeEventListener('focusin', outside);
      document.removeEventListener('pointerdown', outside);
    };
  }, [waitingStep, goToStep]);

  const choosePanel = useCallback((next: PanelId) => {
    setWaitingStep(null);
    setPanel(next);
  }, []);

  return { panel, choosePanel, waitingStep, goToStep };
}
