/**
 * The version of the saved data written today (see saved-data.ts). Kept apart from the schemas so that the
 * first screen can compare versions without loading zod.
 */
export const SAVED_DATA_VERSION = 3;
