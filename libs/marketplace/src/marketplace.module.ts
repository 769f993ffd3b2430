import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PostcodeCentroid } from './postcodes/postcode-centroid.entity';
import { PostcodeImporter } from './postcodes/postcode-importer';
import { PostcodeService } from './postcodes/postcode.service';

/** Listings and search arrive with the marketplace issue; postcode geocoding is their foundation. */
@Module({
  imports: [TypeOrmModule.forFeature([PostcodeCentroid])],
  providers: [PostcodeService, PostcodeImporter],
  exports: [PostcodeService, PostcodeImporter],
})
export class MarketplaceModule {}
