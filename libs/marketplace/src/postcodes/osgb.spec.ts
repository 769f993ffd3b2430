import { gridToOsgb36, gridToWgs84 } from './osgb';

const dms = (degrees: number, minutes: number, seconds: number) => degrees + minutes / 60 + seconds / 3600;

describe('grid references to latitude and longitude', () => {
  // Ordnance Survey's worked example (A guide to coordinate systems in Great Britain, Annexe C.2).
  const example = { easting: 651409.903, northing: 313177.27 };

  it('inverts the transverse Mercator projection as in OS’s worked example', () => {
    const { latitude, longitude } = gridToOsgb36(example.easting, example.northing);
    expect(latitude).toBeCloseTo(dms(52, 39, 27.2531), 6);
    expect(longitude).toBeCloseTo(dms(1, 43, 4.5177), 6);
  });

  it('moves the point to WGS84 within a few metres of OSTN15’s answer for the same grid reference', () => {
    // OS's OSTN15 worked example puts this grid reference at ETRS89 (≈ WGS84) 52°39′28.8282″N 1°42′57.8663″E;
    // Helmert's seven parameters are good to a few metres.
    const { latitude, longitude } = gridToWgs84(example.easting, example.northing);
    expect(Math.abs(latitude - dms(52, 39, 28.8282))).toBeLessThan(0.0001);
    expect(Math.abs(longitude - dms(1, 42, 57.8663))).toBeLessThan(0.0001);
  });

  it('matches rows of the shared outcode file, whose coordinates are on the OSGB36 datum', () => {
    // uk-outcodes.csv: TA1,322700,124300,51.01234,-3.10203 and ZE2,442800,1160900,60.33047,-1.22484. Its
    // latitude/longitude agree with the OSGB36 projection to its 5 decimals, so they were never moved
    // to WGS84; the datum shift (about 100 m) is what separates them from gridToWgs84's answer.
    for (const [easting, northing, lat, lon] of [
      [322700, 124300, 51.01234, -3.10203],
      [442800, 1160900, 60.33047, -1.22484],
      [237942, 475605, 54.15048, -4.48174],
    ]) {
      const osgb36 = gridToOsgb36(easting, northing);
      expect(Math.abs(osgb36.latitude - lat)).toBeLessThan(0.00001);
      expect(Math.abs(osgb36.longitude - lon)).toBeLessThan(0.00001);
      const wgs84 = gridToWgs84(easting, northing);
      expect(Math.abs(wgs84.latitude - lat)).toBeLessThan(0.001);
      expect(Math.abs(wgs84.longitude - lon)).toBeLessThan(0.002);
    }
  });
});
