/**
 * The text merge of fields edited at the same time, as a second entry of the package
 * (`@gapboard/shared/textMerge`). Only the board's editors need it: what the main entry exports
 * is reachable from the client's entry and so lands in the chunk every page loads first (the
 * home page included), while this entry is imported from the lazily loaded board chunks only.
 */
export * from './text/mergeText';
export * from './doc/commitTextEdit';
