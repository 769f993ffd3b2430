import { BookingPersonalData } from './booking-personal-data';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BudgetsModule } from '@small-places/budgets';
import { CrmModule } from '@small-places/crm';
import { IdentityModule } from '@small-places/identity';
import { MarketplaceCoreModule } from '@small-places/marketplace';
import { NotificationsCoreModule } from '@small-places/notifications';
import { BookingResolver } from './booking.resolver';
import { BookingService } from './booking.service';
import { Booking, BookingMessage, BookingSeries } from './entities';

@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, BookingSeries, BookingMessage]),
    IdentityModule,
    CrmModule,
    MarketplaceCoreModule,
    BudgetsModule,
    NotificationsCoreModule,
  ],
  providers: [BookingService, BookingResolver, BookingPersonalData],
  exports: [BookingService],
})
export class BookingsModule {}
