export { MarketplaceModule } from './marketplace.module';
export { PostcodeCentroid } from './postcodes/postcode-centroid.entity';
export type { CentroidKind } from './postcodes/postcode-centroid.entity';
export {
  describeImport,
  PostcodeFileError,
  PostcodeImporter,
  type PostcodeFileLayout,
  type PostcodeImportOptions,
  type PostcodeImportResult,
} from './postcodes/postcode-importer';
export { PostcodeService, type PostcodeLocation } from './postcodes/postcode.service';
