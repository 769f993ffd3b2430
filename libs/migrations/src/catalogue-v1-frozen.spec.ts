import { CATALOGUE_V1 as LIVE_CATALOGUE_V1 } from '@small-places/compliance';
import { CATALOGUE_V1 } from './1764400000000-compliance.data';

describe('the frozen copy of catalogue v1 in its migration', () => {
  it('is what compliance calls catalogue v1 (a change to either is a new catalogue version instead)', () => {
    expect(JSON.parse(JSON.stringify(CATALOGUE_V1))).toEqual(JSON.parse(JSON.stringify(LIVE_CATALOGUE_V1)));
  });
});
