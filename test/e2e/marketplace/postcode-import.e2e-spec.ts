import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  describeImport,
  PostcodeFileError,
  PostcodeImporter,
  PostcodeService,
} from '@small-places/marketplace';
import { createTestApp, TestApp } from '@small-places/testing';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CliModule } from '../../../apps/cli/src/cli.module';
import { gridToWgs84 } from '../../../libs/marketplace/src/postcodes/osgb';

const OUTCODES = resolve(__dirname, '../../../../shared/data/uk-outcodes.csv');

describe('import-postcodes and locating a postcode', () => {
  let t: TestApp;
  let cli: INestApplicationContext;
  let importer: PostcodeImporter;
  let postcodes: PostcodeService;
  let dir: string;
  const rows = async () =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM postcode_centroids'))[0].n);
  const csv = async (name: string, lines: string[]) => {
    const file = join(dir, name);
    await writeFile(file, lines.join('\n') + '\n');
    return file;
  };

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
    // The command runs in the CLI's context (createTestApp pointed DATABASE_URL at this file's database).
    cli = await NestFactory.createApplicationContext(CliModule, { logger: false });
    importer = cli.get(PostcodeImporter);
    postcodes = cli.get(PostcodeService);
    dir = await mkdtemp(join(tmpdir(), 'sp-postcodes-'));
  });
  afterAll(async () => {
    await cli?.close();
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe('the shared district file', () => {
    it('loads 2,848 districts', async () => {
      const progress: number[] = [];
      const result = await importer.importFile(OUTCODES, { onProgress: (read) => progress.push(read) });
      expect(result).toEqual({
        file: 'uk-outcodes.csv',
        layout: 'DISTRICTS',
        read: 2848,
        units: 0,
        districts: 2848,
        inserted: 2848,
        updated: 0,
        unchanged: 0,
        skipped: 0,
      });
      expect(describeImport(result)).toBe(
        'Imported 2,848 districts from uk-outcodes.csv: 2,848 new, 0 updated, 0 unchanged, 0 skipped.',
      );
      expect(progress).toEqual([]); // fewer than 10,000 rows
      expect(await rows()).toBe(2848);
    });

    it('changes nothing the second time', async () => {
      const [before] = await t.dataSource.query(
        'SELECT max(updated_at) AS latest, sum(xmin::text::bigint) AS versions FROM postcode_centroids',
      );
      const result = await importer.importFile(OUTCODES);
      expect(result).toMatchObject({ read: 2848, inserted: 0, updated: 0, unchanged: 2848, skipped: 0 });
      const [after] = await t.dataSource.query(
        'SELECT max(updated_at) AS latest, sum(xmin::text::bigint) AS versions FROM postcode_centroids',
      );
      expect(after).toEqual(before); // no row was rewritten
      expect(await rows()).toBe(2848);
    });

    it('falls back from a full postcode to its district', async () => {
      // uk-outcodes.csv: TA1,322700,124300,51.01234,-3.10203,Taunton,...
      const taunton = { district: 'TA1', latitude: 51.01234, longitude: -3.10203, precision: 'DISTRICT' };
      expect(await postcodes.locate('ta1 1aa')).toEqual({ postcode: 'TA1 1AA', ...taunton });
      expect(await postcodes.locate('TA11AA')).toEqual({ postcode: 'TA1 1AA', ...taunton });
      expect(await postcodes.locate('TA1')).toEqual({ postcode: 'TA1', ...taunton });
      expect(await postcodes.locate(' ta1 ')).toEqual({ postcode: 'TA1', ...taunton });
    });

    it('keeps quoted fields whole (the Isle of Man rows name two towns)', async () => {
      // IM1,237942,475605,54.15048,-4.48174,"Douglas, Braddan",IOM,...
      expect(await postcodes.locate('IM1 1AA')).toMatchObject({ latitude: 54.15048, longitude: -4.48174 });
    });

    it('knows nothing of an unknown postcode or of text that is no postcode', async () => {
      expect(await postcodes.locate('ZZ99 9ZZ')).toBeNull();
      expect(await postcodes.locate('ZZ99')).toBeNull();
      expect(await postcodes.locate('not a postcode')).toBeNull();
      expect(await postcodes.locate('')).toBeNull();
    });
  });

  describe('the ONS Postcode Directory layout', () => {
    const header = 'pcd,pcd2,pcds,dointr,doterm,oseast1m,osnrth1m,osgrdind,ctry,lat,long';
    const onspd = (lat = '51.474380') => [
      header,
      `"BS7 8AA","BS7  8AA","BS7 8AA","199801","","359500","175800","1","E92000001",${lat},-2.589870`,
      // No latitude or longitude: converted from the grid reference.
      `"BS7 8AB","BS7  8AB","BS7 8AB","199801","","359600","175900","1","E92000001",,`,
      // ONSPD's "no grid reference": skipped and counted.
      `"BS7 8ZZ","BS7  8ZZ","BS7 8ZZ","199801","","","","9","E92000001",99.999999,0.000000`,
    ];

    it('loads units, converting eastings and northings where latitude and longitude are absent', async () => {
      const file = await csv('ONSPD_NOV_2025_UK.csv', onspd());
      const result = await importer.importFile(file);
      expect(result).toEqual({
        file: 'ONSPD_NOV_2025_UK.csv',
        layout: 'ONSPD',
        read: 3,
        units: 2,
        districts: 0,
        inserted: 2,
        updated: 0,
        unchanged: 0,
        skipped: 1,
      });
      expect(describeImport(result)).toBe(
        'Imported 2 postcodes from ONSPD_NOV_2025_UK.csv: 2 new, 0 updated, 0 unchanged, 1 skipped.',
      );

      expect(await postcodes.locate('bs78aa')).toEqual({
        postcode: 'BS7 8AA',
        district: 'BS7',
        latitude: 51.47438,
        longitude: -2.58987,
        precision: 'UNIT',
      });
      const converted = await postcodes.locate('BS7 8AB');
      const expected = gridToWgs84(359600, 175900);
      expect(converted).toMatchObject({ district: 'BS7', precision: 'UNIT' });
      expect(converted!.latitude).toBeCloseTo(expected.latitude, 5);
      expect(converted!.longitude).toBeCloseTo(expected.longitude, 5);
      expect(converted!.latitude).toBeCloseTo(51.481, 2); // north Bristol
      expect(converted!.longitude).toBeCloseTo(-2.583, 2);

      // The skipped postcode falls back to its district from the shared file.
      expect(await postcodes.locate('BS7 8ZZ')).toMatchObject({ district: 'BS7', precision: 'DISTRICT' });
    });

    it('updates only the rows whose place moved', async () => {
      const file = await csv('ONSPD_NOV_2025_UK.csv', onspd('51.474999'));
      const result = await importer.importFile(file);
      expect(result).toMatchObject({ read: 3, inserted: 0, updated: 1, unchanged: 1, skipped: 1 });
      expect(await postcodes.locate('BS7 8AA')).toMatchObject({ latitude: 51.474999 });
    });
  });

  describe('the OS Code-Point Open layout', () => {
    it('loads a file with no header, converting every grid reference', async () => {
      const file = await csv('bs.csv', [
        '"BS5 0AA",10,361900,174600,"E92000001","E19000001","E18000009","","E06000023","E05010892"',
        '"BS50AB",10,361950,174650,"E92000001","E19000001","E18000009","","E06000023","E05010892"',
        // Quality 90: no coordinates.
        '"BS5 0ZZ",90,0,0,"E92000001","","","","",""',
      ]);
      const result = await importer.importFile(file);
      expect(result).toMatchObject({ layout: 'CODE_POINT', read: 3, units: 2, inserted: 2, skipped: 1 });
      const located = await postcodes.locate('BS5 0AB');
      const expected = gridToWgs84(361950, 174650);
      expect(located).toMatchObject({ postcode: 'BS5 0AB', district: 'BS5', precision: 'UNIT' });
      expect(located!.latitude).toBeCloseTo(expected.latitude, 5);
      expect(located!.longitude).toBeCloseTo(expected.longitude, 5);

      expect(await importer.importFile(file)).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    });
  });

  describe('a file from Windows', () => {
    it('reads a file saved with a byte-order mark and Windows line endings', async () => {
      const file = join(dir, 'windows.csv');
      await writeFile(
        file,
        '\uFEFFpostcode,easting,northing,latitude,longitude\r\nZE5,1,2,60.1,-1.2\r\n\r\n',
      );
      expect(await importer.importFile(file)).toMatchObject({ layout: 'DISTRICTS', read: 1, inserted: 1 });
      expect(await postcodes.locate('ZE5 1AA')).toMatchObject({ district: 'ZE5', latitude: 60.1 });
    });
  });

  describe('a malformed file', () => {
    const header = 'postcode,easting,northing,latitude,longitude,city';
    it.each([
      [
        'a coordinate that is not a number',
        'ZE9,442800,1160900,abc,-1.22484,',
        'latitude "abc" is not a number',
      ],
      ['too few columns', 'ZE9,442800,1160900,60.33047', 'has 4 columns where the header has 6'],
      ['no postcode', 'QQ,442800,1160900,60.33047,-1.22484,', '"QQ" is not a postcode or postcode district'],
      ['an open quote', 'ZE9,442800,1160900,60.33047,-1.22484,"Lerwick', 'a quoted field is not closed'],
    ])('names the line with %s, and loads none of the file', async (_what, bad, reason) => {
      const before = await rows();
      const file = await csv('malformed.csv', [
        header,
        'ZE8,442800,1160900,60.33047,-1.22484,Shetland',
        bad,
        'ZE7,442800,1160900,60.33047,-1.22484,Shetland',
      ]);
      const attempt = importer.importFile(file);
      await expect(attempt).rejects.toThrow(PostcodeFileError);
      await expect(attempt).rejects.toThrow(`malformed.csv line 3: ${reason}`);
      expect(await rows()).toBe(before);
      expect(await postcodes.locate('ZE8')).toBeNull();
    });

    it('names line 1 when the header is not one it knows', async () => {
      const file = await csv('strange.csv', ['name,x,y', 'a,1,2']);
      await expect(importer.importFile(file)).rejects.toThrow(
        /strange\.csv line 1: the first line is neither/,
      );
    });

    it('says so when the file is empty or missing', async () => {
      await expect(importer.importFile(await csv('empty.csv', []))).rejects.toThrow(
        'empty.csv line 1: the file is empty',
      );
      await expect(importer.importFile(join(dir, 'missing.csv'))).rejects.toThrow(/Cannot read/);
    });
  });
});
