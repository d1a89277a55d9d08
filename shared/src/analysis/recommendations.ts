import type { RootCauseCategory } from '../model/entities';

/**
 * The play's step 5 recommendation for each root-cause category, in our own words. Shown next
 * to each root-cause group so the team can turn a cause into an action.
 */
export const ROOT_CAUSE_RECOMMENDATIONS: Readonly<Record<RootCauseCategory, string>> = {
  'no-information':
    'Send a holding update even before the cause is known: say you are sorry, that you are urgently looking into it, and when the next update will come (e.g. "still investigating, next update in 30 minutes"). A vague update beats silence.',
  'no-owner':
    'Define incident communication roles, so someone owns customer updates from the first alert.',
  'unsure-what-to-say':
    'Prepare templates for common incidents and a tone and style guide, so writing an update takes minutes, not a debate.',
  'no-plan':
    'Agree an incident communication plan, starting from a template, and make sure responders know where it is.',
  'no-chain-of-command':
    'Define communication roles, responsibilities and escalation paths, as you already have for the technical fix.',
  other:
    'Keep asking why until the cause sits in the communication process, then record only an action the team will actually work on.',
};

/** Short human labels for the categories (UI and exports). */
export const ROOT_CAUSE_CATEGORY_LABELS: Readonly<Record<RootCauseCategory, string>> = {
  'no-information': 'Nothing known yet, so nothing to say',
  'no-owner': 'Nobody owned customer comms',
  'unsure-what-to-say': 'Unsure what to say or how',
  'no-plan': 'No incident comms plan',
  'no-chain-of-command': 'No chain of command for comms',
  other: 'Other',
};
