/**
 * The calm rule's numbers (traffic/rule says how they are used), apart from it so that the popup, which only
 * reads the stored verdict with its age, does not load the rule.
 */
export const LAST = 5;
export const FAILING_OF = 3;
export const WINDOW_MINUTES = 3;

/**
 * Failures again within this many minutes of the last belong to the same run (traffic/episodes): an outage whose
 * requests now fail and now succeed for a while is one outage to the user, and is told once.
 */
export const SAME_RUN_GAP_MINUTES = 30;
/** A run is remembered this long after it was last seen failing: long enough for a late status page post. */
export const KEEP_RUN_MINUTES = 6 * 60;
