import { registerEnumType } from '@nestjs/graphql';

/**
 * Where the confirmation of a delivered booking stands (PRODUCT.md §3.10). A completed booking with no row yet
 * is AWAITING. Only CONFIRMED and CONFIRMED_BY_DEFAULT visits can be invoiced.
 */
export enum VisitState {
  AWAITING = 'AWAITING',
  CONFIRMED = 'CONFIRMED',
  CONFIRMED_BY_DEFAULT = 'CONFIRMED_BY_DEFAULT',
  DISPUTED = 'DISPUTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(VisitState, {
  name: 'VisitState',
  valuesMap: {
    AWAITING: { description: 'Delivered; the person supported has not confirmed it yet.' },
    CONFIRMED: { description: 'The holder or a delegate confirmed it happened.' },
    CONFIRMED_BY_DEFAULT: { description: 'Nobody answered within 7 days, so it counts as confirmed.' },
    DISPUTED: { description: 'The holder says it did not happen as recorded; held out of invoicing.' },
    WITHDRAWN: { description: 'The provider withdrew it after a dispute; it is never invoiced.' },
  },
});

export const INVOICEABLE_STATES: readonly VisitState[] = [
  VisitState.CONFIRMED,
  VisitState.CONFIRMED_BY_DEFAULT,
];

/** Days after delivery (or a corrected time) with no answer before a visit counts as confirmed. */
export const CONFIRM_BY_DEFAULT_DAYS = 7;
/** Days after delivery within which a visit can still be disputed. */
export const DISPUTE_WINDOW_DAYS = 30;
