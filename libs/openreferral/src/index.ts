export { OpenReferralModule } from './openreferral.module';
export { stableId } from './stable-id';
export { FEED_TAXONOMIES, FEED_TERMS } from './taxonomies';
export { priceWords } from './hsds-mapper';
