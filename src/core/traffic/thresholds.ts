/**
 * The calm rule's numbers (traffic/rule says how they are used), apart from it so that the popup, which only
 * reads the stored verdict with its age, does not load the rule.
 */
export const LAST = 5;
export const FAILING_OF = 3;
export const WINDOW_MINUTES = 3;
